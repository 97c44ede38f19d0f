// Every page is prerendered to static HTML; the trailing slash gives each page its own index.html,
// which any static server (a school's nginx, a USB stick) serves without configuration.
export const prerender = true;
export const trailingSlash = 'always';
