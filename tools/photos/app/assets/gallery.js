// The photo gallery (served by tools/photos/app/handlers.ts). Plain ES module, no build step,
// no inline script or style, so it runs under a strict CSP. Everything is fetched with
// relative URLs, so it works at /a/photos/ and at photos.localhost/ alike.
import PhotoSwipeLightbox from './photoswipe-lightbox.esm.min.js';

const PAGE = 120;
/** The app root (`…/photos/`): this file is served at `<root>assets/<version>/gallery.js`. */
const ROOT = new URL('../../', import.meta.url);
const at = (path) => new URL(path, ROOT).href;
const grid = document.getElementById('grid');
const status = document.getElementById('status');
const count = document.getElementById('count');
const nav = document.getElementById('albums');
const more = document.getElementById('more');
const main = document.getElementById('photos');
const titleEl = document.getElementById('title');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthOf = (takenAt) => takenAt.slice(0, 7);
const monthTitle = (month) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
/** "3 May 2024, 14:22" from "2024-05-03T14:22:01+02:00", as the camera's clock said. */
function dateLabel(takenAt) {
  const day = Number(takenAt.slice(8, 10));
  return `${day} ${MONTHS[Number(takenAt.slice(5, 7)) - 1]} ${takenAt.slice(0, 4)}, ${takenAt.slice(11, 16)}`;
}

let state = {
  album: '',
  cursor: null,
  loading: false,
  done: false,
  month: null,
  section: null,
  photos: [],
  viewer: 'guest',
  generation: 0,
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

function albumFromHash() {
  const match = /album=([A-Za-z0-9-]+)/.exec(location.hash);
  return match ? match[1] : '';
}

function renderAlbums(albums, total) {
  nav.replaceChildren();
  const link = (id, label, n) => {
    const a = element('a', 'album');
    a.href = id ? `#album=${id}` : '#';
    a.dataset.album = id;
    a.append(element('span', 'album-title', label), element('span', 'album-count', String(n)));
    if (id === state.album) a.setAttribute('aria-current', 'page');
    return a;
  };
  nav.append(link('', 'All photos', total));
  const folders = albums.filter((album) => album.kind === 'folder');
  const months = albums.filter((album) => album.kind === 'month');
  if (folders.length) {
    nav.append(element('h2', 'album-heading', 'Folders'));
    for (const album of folders) nav.append(link(album.id, album.title, album.count));
  }
  if (months.length) {
    nav.append(element('h2', 'album-heading', 'Months'));
    for (const album of months) nav.append(link(album.id, album.title, album.count));
  }
}

function markCurrent() {
  for (const a of nav.querySelectorAll('a.album')) {
    if (a.dataset.album === state.album) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function tile(photo, index) {
  const a = element('a', 'tile');
  a.href = at(`media/${photo.id}/web`);
  a.dataset.pswpWidth = String(photo.web.width);
  a.dataset.pswpHeight = String(photo.web.height);
  a.dataset.index = String(index);
  a.title = dateLabel(photo.takenAt);
  const img = element('img');
  img.src = at(`media/${photo.id}/thumb`);
  img.loading = 'lazy';
  img.decoding = 'async';
  img.width = photo.thumb.width;
  img.height = photo.thumb.height;
  img.alt = `Photo taken ${dateLabel(photo.takenAt)}${photo.camera ? ` with ${photo.camera}` : ''}`;
  a.append(img);
  return a;
}

function appendPhotos(photos) {
  for (const photo of photos) {
    const month = monthOf(photo.takenAt);
    if (month !== state.month) {
      state.month = month;
      const section = element('section', 'month');
      section.append(element('h2', 'month-title', monthTitle(month)));
      state.section = element('div', 'tiles');
      section.append(state.section);
      grid.append(section);
    }
    state.section.append(tile(photo, state.photos.length));
    state.photos.push(photo);
  }
}

async function loadMore() {
  if (state.loading || state.done) return;
  state.loading = true;
  const generation = state.generation;
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (state.album) params.set('album', state.album);
  if (state.cursor) params.set('cursor', state.cursor);
  try {
    const page = await getJson(at(`api/photos?${params}`));
    if (generation !== state.generation) return;
    state.viewer = page.viewer;
    appendPhotos(page.photos);
    state.cursor = page.nextCursor;
    state.done = !page.nextCursor;
    count.textContent = `${page.total.toLocaleString()} photo${page.total === 1 ? '' : 's'}`;
    status.hidden = page.total > 0;
    if (page.total === 0)
      status.textContent = 'No photos here yet. Import some with: fazt photos import ~/Pictures';
    main.setAttribute('aria-busy', 'false');
  } catch (error) {
    status.hidden = false;
    status.textContent = `Could not load photos (${error.message}).`;
  } finally {
    if (generation === state.generation) state.loading = false;
  }
  // Keep filling while the sentinel is still on screen (a tall window, a short page).
  if (!state.done && more.getBoundingClientRect().top < innerHeight + 1500) loadMore();
}

function showAlbum(album) {
  state = {
    ...state,
    album,
    cursor: null,
    loading: false,
    done: false,
    month: null,
    section: null,
    photos: [],
    generation: state.generation + 1,
  };
  grid.replaceChildren();
  status.hidden = false;
  status.textContent = 'Loading…';
  markCurrent();
  const current = nav.querySelector('a[aria-current]');
  titleEl.textContent = album && current ? current.querySelector('.album-title').textContent : 'Photos';
  document.title = album && current ? `${titleEl.textContent} · Photos` : 'Photos';
  loadMore();
}

new IntersectionObserver(
  (entries) => {
    if (entries.some((entry) => entry.isIntersecting)) loadMore();
  },
  { rootMargin: '1500px 0px' },
).observe(more);

addEventListener('hashchange', () => showAlbum(albumFromHash()));

const lightbox = new PhotoSwipeLightbox({
  gallery: '#grid',
  children: 'a.tile',
  pswpModule: () => import('./photoswipe.esm.min.js'),
  bgOpacity: 0.96,
  wheelToZoom: true,
  preload: [1, 2],
});
lightbox.on('uiRegister', () => {
  lightbox.pswp.ui.registerElement({
    name: 'caption',
    order: 9,
    isButton: false,
    appendTo: 'root',
    onInit: (el, pswp) => {
      const update = () => {
        const photo = state.photos[Number(pswp.currSlide.data.element?.dataset.index)];
        el.replaceChildren();
        if (!photo) return;
        const date = dateLabel(photo.takenAt) + (photo.takenAtSource === 'file' ? ' (file date)' : '');
        el.append(element('span', 'caption-date', date));
        if (photo.camera) el.append(element('span', 'caption-camera', photo.camera));
        if (state.viewer === 'owner') {
          const download = element('a', 'caption-download', 'Original');
          download.href = at(`media/${photo.id}/original`);
          download.setAttribute('download', '');
          el.append(download);
        }
      };
      pswp.on('change', update);
      pswp.on('afterInit', update);
    },
  });
});
lightbox.on('close', () => {
  if (!state.done && state.photos.length - (lightbox.pswp?.currIndex ?? 0) < 30) loadMore();
});
lightbox.init();

async function start() {
  state.album = albumFromHash();
  try {
    const { albums, total } = await getJson(at('api/albums'));
    renderAlbums(albums, total);
  } catch (error) {
    status.textContent = `Could not load albums (${error.message}).`;
  }
  showAlbum(state.album);
}
start();
