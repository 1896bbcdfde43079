/** Styles of the heat map, from Fluent tokens only. */
import { makeStyles, tokens } from '@fluentui/react-components';

/** Grid, cell and list styles of the heat map. */
export const useHeatMapStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'auto repeat(5, minmax(72px, 1fr))',
    gap: tokens.spacingHorizontalXXS,
    maxWidth: '720px',
  },
  axis: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
  },
  cell: {
    minHeight: '64px',
    display: 'flex',
    flexDirection: 'column',
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  low: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  medium: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  high: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  critical: { backgroundColor: tokens.colorPaletteRedBackground2 },
  selected: {
    outline: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThickest})`,
  },
  count: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
  },
  // Read by screen readers, not shown: the standard visually-hidden pattern.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  small: {
    fontSize: tokens.fontSizeBase100,
  },
  fieldset: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  checkboxes: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  listItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
});
