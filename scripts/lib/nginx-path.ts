/** Debian's nginx, which tests the nginx recipe (deploy/nginx.conf); NGINX_PATH overrides it. */
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
