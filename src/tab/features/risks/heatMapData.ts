/** The heat map's cells: which risks sit at each likelihood and impact, before or after controls. */
import type { RiskDomainId } from '../../../content/model';
import type { Risk } from '../../../domain/model';
import { riskMatrix, scaleOf, type MatrixCell, type RiskView } from '../../../domain/riskScore';

/** One heat map cell with its risks and how many of them are in a top domain. */
export interface HeatMapCell extends MatrixCell {
  risks: Risk[];
  topCount: number;
}

/** The cells, highest likelihood first, and the risks the view cannot place. */
export interface HeatMapData {
  rows: HeatMapCell[][];
  /** Risks without a valid score in this view, such as those not scored after controls yet. */
  unplaced: Risk[];
}

/** Places each risk in its cell for the view. */
export function heatMapData(
  risks: readonly Risk[],
  view: RiskView,
  topDomains: readonly RiskDomainId[],
): HeatMapData {
  const unplaced: Risk[] = [];
  const byCell = new Map<string, Risk[]>();
  for (const risk of risks) {
    const pair = scaleOf(risk, view);
    const id = pair && `${pair.likelihood}-${pair.impact}`;
    if (!id || !/^[1-5]-[1-5]$/.test(id)) {
      unplaced.push(risk);
      continue;
    }
    byCell.set(id, [...(byCell.get(id) ?? []), risk]);
  }
  const rows = riskMatrix().map((row) =>
    row.map((cell) => {
      const inCell = byCell.get(`${cell.likelihood}-${cell.impact}`) ?? [];
      const topCount = inCell.filter((risk) => topDomains.includes(risk.domain)).length;
      return { ...cell, risks: inCell, topCount };
    }),
  );
  return { rows, unplaced };
}
