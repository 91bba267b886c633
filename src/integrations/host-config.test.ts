import { describe, expect, it } from 'vitest';
import { caddyfile } from './caddy-config.ts';
import {
  cacheControl,
  ERRORS,
  errorPage,
  headersFile,
  hostDir,
  hostRules,
  normalizeBase,
} from './host-config.ts';
import { nginxServer } from './nginx-config.ts';

const policy = "default-src 'self'; style-src 'self' 'sha256-a';";
const root = hostRules(policy);
const sub = hostRules(policy, 'forum-2017', ['share-tools/index.html']);

describe('hostRules', () => {
  it('adds frame-ancestors to the pages’ policy and the headers a <meta> cannot carry', () => {
    expect(root.headers['Content-Security-Policy']).toBe(`${policy} frame-ancestors 'none';`);
    expect(root.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(root.headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(root.headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('sends a page only what its <meta> policy cannot say; partials keep the whole policy', () => {
    expect(root.pageHeaders).toEqual({ 'Content-Security-Policy': "frame-ancestors 'none';" });
    expect(sub.partials).toEqual(['share-tools/index.html']);
  });

  it.each([
    ['', '/'],
    ['/', '/'],
    ['forum-2017', '/forum-2017/'],
    ['/forum-2017', '/forum-2017/'],
    ['//a/b//', '/a/b/'],
  ])('base %j → %j', (given, base) => expect(normalizeBase(given)).toBe(base));

  it('caches hashed folders for a year, under the base only', () => {
    expect(cacheControl(root, '/_astro/x.1a2b.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl(root, '/pagefind/fragment/ru_1.pf_fragment')).toMatch(/immutable/);
    expect(cacheControl(root, '/pagefind/pagefind.js')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControl(root, '/')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControl(sub, '/forum-2017/_astro/x.js')).toMatch(/immutable/);
    expect(cacheControl(sub, '/_astro/x.js')).not.toMatch(/immutable/);
  });

  it('puts the host configs beside the site, never in it', () => {
    expect(hostDir('/a/dist')).toBe('/a/dist-host');
    expect(hostDir('/a/dist/')).toBe('/a/dist-host');
  });
});

describe('headersFile', () => {
  it('gives every path the headers and Cache-Control only to hashed folders (hosts join repeated headers)', () => {
    const file = headersFile(sub);
    // Every path, pages included: what a <meta> cannot say; a partial, the whole policy by name.
    expect(file).toContain(`/forum-2017/*\n  Content-Security-Policy: frame-ancestors 'none';\n`);
    expect(file).toContain(
      `/forum-2017/share-tools/\n  Content-Security-Policy: ${policy} frame-ancestors 'none';\n`,
    );
    expect(file.match(/Content-Security-Policy/g)?.length).toBe(2);
    expect(file).toContain(
      '/forum-2017/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
    expect(file.match(/Cache-Control/g)?.length).toBe(sub.immutable.length);
  });
});

describe('nginxServer', () => {
  const conf = nginxServer(sub, { root: '/srv/www', listen: '8080' });

  it('serves precompressed files, the 404 page, no listings', () => {
    for (const line of [
      'listen 8080;',
      'root /srv/www;',
      'brotli_static on;',
      'gzip_static on;',
      'autoindex off;',
      'error_page 403 404 =404 /forum-2017/404.html;',
    ]) {
      expect(conf).toContain(line);
    }
  });

  it('repeats every header in every location (nginx inherits add_header only into locations without their own)', () => {
    const locations = conf.split(/\n {2}location /).slice(1);
    // base, hashed folders, dot files, pages, the partial, outside the base, nginx's own errors
    expect(locations.length).toBe(sub.immutable.length + 5 + 7);
    for (const block of locations) {
      for (const name of Object.keys(sub.headers)) expect(block).toContain(`add_header ${name} `);
      expect(block).toMatch(
        /add_header Cache-Control "public, max-age=(0, must-revalidate|31536000, immutable)" always;/,
      );
    }
    expect(conf).toContain('location /forum-2017/_astro/ {');
  });

  it('gives a page the short policy, and a partial the whole one', () => {
    const block = (start: string) => conf.slice(conf.indexOf(start)).split('\n  }')[0] ?? '';
    expect(block('location ~ \\.html$ {')).toContain(
      `add_header Content-Security-Policy "frame-ancestors 'none';" always;`,
    );
    expect(block('location = /forum-2017/share-tools/index.html {')).toContain(
      `add_header Content-Security-Policy "${policy} frame-ancestors 'none';" always;`,
    );
  });

  it('follows no symlink, takes long shared search addresses, no body, and dates as the others', () => {
    for (const line of [
      'disable_symlinks on;',
      'large_client_header_buffers 4 32k;',
      'client_max_body_size 999999;',
      'if_modified_since before;',
    ])
      expect(conf).toContain(line);
  });

  it("sends nginx's own errors with the server's short page and the headers", () => {
    expect(conf).toContain('error_page 400 /.errors/400;');
    expect(conf).toContain('error_page 494 =431 /.errors/431;');
    const block = conf.slice(conf.indexOf('location = /.errors/405 {')).split('\n  }')[0] ?? '';
    expect(block).toContain('internal;');
    expect(block).toContain(`return 405 "${errorPage(405)}";`);
    expect(block).toContain('add_header Allow "GET, HEAD" always;');
    expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('has balanced braces', () => {
    expect(conf.split('{').length).toBe(conf.split('}').length);
  });
});

describe('caddyfile', () => {
  const file = caddyfile(sub, { root: '/srv/www' });

  it('serves precompressed files with the headers and the 404 page', () => {
    expect(file).toContain('root * /srv/www');
    expect(file).toContain('precompressed br gzip');
    expect(file).toContain(
      `header @notPage Content-Security-Policy "${policy} frame-ancestors 'none';"`,
    );
    expect(file).toContain(`header @page Content-Security-Policy "frame-ancestors 'none';"`);
    expect(file).toContain('not path /forum-2017/share-tools/index.html /forum-2017/share-tools/');
    expect(file).toContain('@hashed path /forum-2017/_astro/* ');
    expect(file).toContain('rewrite * /forum-2017/404.html');
    expect(file.split('{').length).toBe(file.split('}').length);
  });

  it('keeps the query when it adds a folder its slash', () => {
    expect(file).toContain('redir @folderQuery {path}/?{query} 301');
    expect(file).toContain('redir @folder {path}/ 301');
  });

  it('answers a name too long for the file system 404, a body 413, a method 405 with its page', () => {
    expect(file).toContain('error @long 404');
    expect(file).toContain('error @large 413');
    expect(file).toContain(`respond @e405 "${errorPage(405)}" 405`);
    expect(file).toContain('header @e405Allow Allow "GET, HEAD"');
  });
});

describe('errorPage', () => {
  it.each(Object.keys(ERRORS))('%s: names it, quotable as it is in nginx and Caddy', (status) => {
    const page = errorPage(Number(status));
    expect(page).toContain(`<title>${status} `);
    expect(page).not.toMatch(/["{}$\\\n]/);
  });
});
