import { z } from 'zod';

/**
 * Where the site is deployed: the base path it is served under and, optionally, its public URL.
 * Both come from the build's `--base`/`--site` flags or `SITE_BASE`/`SITE_URL`; this module only
 * validates and normalises them.
 */

/** A base path such as `/` or `/interview-prep/`: always with a leading and a trailing slash. */
export const BasePathSchema = z
  .string()
  .trim()
  .transform((raw) => `/${raw}/`.replace(/\/{2,}/g, '/'))
  .pipe(
    z
      .string()
      .regex(
        /^\/(?:[A-Za-z0-9._~-]+\/)*$/,
        'a path of plain segments such as /interview-prep/ (letters, digits, . _ ~ -)',
      )
      .refine((path) => !/(^|\/)\.\.?\//.test(path), 'no "." or ".." segments'),
  );

/** The public origin the site is served from, e.g. `https://example.org` (its path is `base`). */
export const SiteUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://example.org' })
  .refine(
    (url) => !URL.canParse(url) || (new URL(url).pathname === '/' && !/[?#]/.test(url)),
    'an origin such as https://example.org, with any path given as --base',
  )
  .transform((url) => new URL(url).origin);

export const DeployAddressSchema = z.strictObject({
  /** Path the site lives under on its host; every internal link starts with it. */
  base: BasePathSchema,
  /** Public URL (no trailing slash); unset means no absolute URLs, sitemap or canonical links. */
  siteUrl: SiteUrlSchema.optional(),
});

export type DeployAddress = z.output<typeof DeployAddressSchema>;

/** Validates a deploy address, turning a problem into one line that names the setting. */
export function parseDeployAddress(input: {
  base?: string | undefined;
  siteUrl?: string | undefined;
}): DeployAddress {
  const result = DeployAddressSchema.safeParse({
    base: input.base === undefined || input.base === '' ? '/' : input.base,
    siteUrl: input.siteUrl === '' ? undefined : input.siteUrl,
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field =
    issue?.path[0] === 'siteUrl' ? 'site (--site or SITE_URL)' : 'base (--base or SITE_BASE)';
  const received = issue?.path[0] === 'siteUrl' ? input.siteUrl : input.base;
  throw new DeployAddressError(
    `${field}: expected ${issue?.message ?? 'a valid value'}, received ${JSON.stringify(received)}`,
  );
}

/** A bad `--base`/`--site`: its message is the one line to show. */
export class DeployAddressError extends Error {
  override name = 'DeployAddressError';
}
