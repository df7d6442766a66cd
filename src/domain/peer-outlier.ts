// The same indicator in other units (issue 21, "Direction"): kecamatan and puskesmas often carry
// indicators of one name (the pemda hands them down), so a capaian far from what the others report
// for the same quarter is worth an evaluator's look even when it is plausible on its own. The rule is
// robust (Iglewicz and Hoaglin's modified z-score on the median and the median absolute deviation):
// one wild unit does not move the median, so it cannot hide itself or another. Only a device that
// holds other units' entries (the evaluator's, the leader's) can judge it, so it is never asked
// about or refused at entry: it flags the entry in the review queue, the dashboard and the report.

import { quarterAchievement, type AchievementIndicator, type QuarterValues } from './achievement';
import type { LowerIsBetterFormula } from './tenant';
import type { Quarter } from './period';
import { modifiedZ, outlierScore, spreadOf } from './robust-stats';

/** Fewer peers than this say too little about what is usual. */
export const minPeers = 5;
/**
 * When at least half the peers report the same capaian (MAD 0, e.g. all at 100%), a value is an
 * outlier when it is this many points of capaian away from them.
 */
export const sameValueSpread = 25;

/** Indicators are the same across units when their name and satuan read the same. */
export function peerKey(indicator: { name: string; unit: string }): string {
  const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
  return `${normal(indicator.name)}|${normal(indicator.unit)}`;
}

export interface PeerOutlier {
  /** The median capaian of the other units. */
  median: number;
  peerCount: number;
}

/**
 * Whether `value` (a unit's capaian, %) is far from the same indicator's capaian in the other units
 * (`peers`, the unit itself left out); null when it is not, or when there are fewer than minPeers.
 */
export function peerOutlier(value: number, peers: readonly number[]): PeerOutlier | null {
  const finite = peers.filter((p) => Number.isFinite(p));
  if (finite.length < minPeers || !Number.isFinite(value)) return null;
  const spread = spreadOf(finite);
  const far = spread.mad === 0 ? Math.abs(value - spread.centre) > sameValueSpread : Math.abs(modifiedZ(value, spread)) > outlierScore;
  return far ? { median: spread.centre, peerCount: finite.length } : null;
}

/** One unit's capaian of an indicator in a quarter, keyed by peerKey. */
export interface PeerCapaian {
  orgUnitId: string;
  key: string;
  percent: number;
}

/** The capaian of every unit by indicator key, to look peers up in. */
export function peerTable(entries: Iterable<PeerCapaian>): Map<string, PeerCapaian[]> {
  const table = new Map<string, PeerCapaian[]>();
  for (const entry of entries) table.set(entry.key, [...(table.get(entry.key) ?? []), entry]);
  return table;
}

/** The capaian of the other units for the same indicator (a unit is never its own peer). */
export function peersOf(table: ReadonlyMap<string, readonly PeerCapaian[]>, indicator: { name: string; unit: string }, orgUnitId: string): number[] {
  return (table.get(peerKey(indicator)) ?? []).filter((p) => p.orgUnitId !== orgUnitId).map((p) => p.percent);
}

/** A unit's capaian of `indicator` in `quarter` as a peer entry; null when it has none (no value or no target). */
export function peerCapaianOf(
  orgUnitId: string, indicator: AchievementIndicator & { name: string; unit: string }, values: QuarterValues, quarter: Quarter, formula: LowerIsBetterFormula,
): PeerCapaian | null {
  const achievement = quarterAchievement(indicator, values, quarter, formula);
  return achievement.computable ? { orgUnitId, key: peerKey(indicator), percent: achievement.percent } : null;
}
