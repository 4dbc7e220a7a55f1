import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config/site.ts';
import { scaffoldGuide } from '../src/content/scaffold.ts';

/** `npm run new -- <slug>`: a new guide with one question, ready for `npm run check`. */
const { positionals } = parseArgs({ allowPositionals: true });
const [slug = '', ...extra] = positionals;
if (extra.length > 0 || slug === '') {
  console.error('usage: npm run new -- <slug>   (one kebab-case slug, like "http-caching")');
  process.exit(1);
}
const { written, refused } = scaffoldGuide(siteConfig.guidesDir, slug, siteConfig.root);
if (refused) {
  console.error(refused);
  process.exit(1);
}
console.log(`Wrote ${written.join(', ')}.\nEdit the guide, then run "npm run check".`);
