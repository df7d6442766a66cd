// The name of a scale level ("Level 3 (Terdefinisi)") for a score, if the indicator's scale gives
// one. Zod-free, so the first load's formatting (client/ui/indicator-format.ts) can use it.
export function scaleLabel(indicator: { scaleLevels: ReadonlyArray<{ label: string; score: number }> }, score: number): string | undefined {
  return indicator.scaleLevels.find((level) => level.score === score)?.label;
}
