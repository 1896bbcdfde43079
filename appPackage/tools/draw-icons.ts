// Writes appPackage/color.png and appPackage/outline.png. Run it after changing radar-icon.ts:
//   npx tsx appPackage/tools/draw-icons.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png';
import { drawColorIcon, drawOutlineIcon } from './radar-icon';

const appPackageDir = fileURLToPath(new URL('..', import.meta.url));

writeFileSync(`${appPackageDir}color.png`, encodePng(drawColorIcon()));
writeFileSync(`${appPackageDir}outline.png`, encodePng(drawOutlineIcon()));
console.log(`[icons] wrote color.png and outline.png in ${appPackageDir}`);
