/**
 * A note of the solve report (how the model or the solve treated something the planner should know),
 * written once, in both languages, where it is made: zh-CN and English, as the house's { zh, en } texts
 * (report/labels.ts Text, optimize/pairing.ts note/noteZh). The report stores the English in `notes` and
 * the Chinese in `notesZh` (optimize/solve-report.ts).
 */
export interface Note {
  zh: string;
  en: string;
}
