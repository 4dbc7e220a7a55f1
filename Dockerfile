# The built site served by nginx with the right cache headers (deploy/nginx.conf).
#   npm run build -- --base /interview-prep/        # or plain `npm run build` for the root
#   docker build --build-arg SITE_BASE=/interview-prep/ -t interview-prep .
#   docker run --rm -p 8080:8080 interview-prep     # http://localhost:8080/interview-prep/
# SITE_BASE must match the build's --base.
FROM nginx:1.28-alpine
ARG SITE_BASE=/
ENV SITE_BASE=${SITE_BASE}
# The image runs envsubst over templates at start-up; only ${SITE_BASE} is replaced.
ENV NGINX_ENVSUBST_FILTER=^SITE_BASE$
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY dist/ /usr/share/nginx/html${SITE_BASE}
EXPOSE 8080
