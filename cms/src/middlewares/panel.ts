/** `/` and `/panel` lead to the react-admin panel served from public/panel/ (hash router: no SPA fallback needed). */
export default () => async (ctx: any, next: () => Promise<void>) => {
  if (ctx.method === 'GET' && (ctx.path === '/' || ctx.path === '/panel')) {
    ctx.status = 302;
    ctx.redirect('/panel/');
    return;
  }
  if (ctx.method === 'GET' && ctx.path === '/panel/') ctx.path = '/panel/index.html';
  await next();
};
