/** A prize's result as the demo stores and shows it (normalised from the judging package's output). */
export interface PrizeResult {
  prize: string;
  name: string;
  method: string;
  /** Best first; `rank` is standard competition ranking. `value` is the method's score, as text. */
  ranking: { id: string; title: string; rank: number; value?: number; valueLabel?: string }[];
  ties: string[][];
  winners: string[];
  /** Plain-language lines explaining how the result was reached. */
  explanation: string[];
  ineligible: { id: string; title: string; reason: string }[];
  computed?: string;
  published?: string | null;
}
