import type { ChartRecords } from "../types.ts";

/** "3,400 fighters": a figure and who it counts, in the edition's words. */
export function counted(records: ChartRecords, figure: string, subgroup: string): string {
  const { evacuation } = records.edition;
  const name = evacuation.subgroups[subgroup as keyof typeof evacuation.subgroups] ?? subgroup;
  return evacuation.counted(figure, name);
}
