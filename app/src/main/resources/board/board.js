// The newsroom board: plain DOM, no framework. Every value from the wire is set as text, never as HTML.
'use strict';
(function () {
  const token = new URLSearchParams(location.search).get('token');
  const LEVELS = { CENTRAL_PARTY: 'Trung ương Đảng', NATIONAL_ASSEMBLY: 'Quốc hội', GOVERNMENT: 'Chính phủ', LOCAL: 'Địa phương' };
  const STAGES = { DECISION_ANNOUNCED: 'Công bố quyết định', WORKING_SESSION: 'Làm việc', DRAFT_REPORT_REVIEW: 'Dự thảo báo cáo',
    CONCLUSION_ANNOUNCED: 'Thông báo kết luận', PLANNED: 'Kế hoạch', OTHER: 'Khác' };
  const SOURCES = { baotintuc: 'Báo Tin tức', vietnamplus: 'VietnamPlus', nhandan: 'Nhân Dân', dangcongsan: 'Đảng Cộng sản',
    daibieunhandan: 'Đại biểu Nhân dân', baochinhphu: 'Báo Chính phủ' };
  const TIME = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
  let entity = null;
  let next = null;

  function api(path, params) {
    const url = new URL(path, location.origin);
    Object.entries(params || {}).forEach(([k, v]) => { if (v) url.searchParams.set(k, v); });
    if (token) url.searchParams.set('token', token);
    return fetch(url).then(r => r.json().then(body => { if (!r.ok) throw new Error(body.message || r.status); return body; }));
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : TIME.format(d) + ' (GMT+7)';
  }

  function filters() {
    const f = {};
    ['q', 'source', 'level', 'stage', 'from', 'to'].forEach(id => { f[id] = document.getElementById(id).value; });
    if (entity) f.entity = entity;
    return f;
  }

  function storyItem(s) {
    const li = el('li');
    li.dataset.storyId = s.storyId;
    const h = el('h3');
    const a = el('a', s.title);
    a.href = '#/story/' + encodeURIComponent(s.storyId);
    h.append(a);
    if (s.verdict === 'UPDATED') h.append(el('span', 'Cập nhật' + (s.version ? ' (bản ' + s.version + ')' : ''), 'badge updated'));
    if (s.inspection && s.inspection.level) h.append(el('span', LEVELS[s.inspection.level] || s.inspection.level, 'badge inspection'));
    li.append(h);
    const copies = (s.alsoPublishedAt || []).length;
    li.append(el('div', [SOURCES[s.source] || s.source, when(s.publishedAt),
      copies ? 'cũng đăng tại ' + copies + ' trang' : ''].filter(Boolean).join(' · '), 'meta'));
    if (s.verdict === 'UPDATED' && s.changes) li.append(el('div', s.changes, 'meta'));
    if (s.lead) li.append(el('p', s.lead));
    return li;
  }

  function loadWire(append) {
    const params = filters();
    params.limit = 30;
    if (append && next) params.cursor = next;
    return api('/api/stories', params).then(page => {
      const list = document.getElementById('stories');
      if (!append) list.replaceChildren();
      page.items.forEach(s => list.append(storyItem(s)));
      next = page.next;
      document.getElementById('more').hidden = !next;
    }).catch(e => { document.getElementById('stories').replaceChildren(el('li', 'Lỗi: ' + e.message)); });
  }

  function alertItem(a, fresh) {
    const i = a.inspection || {};
    const li = el('li', null, (a.severity || '') + (fresh ? ' fresh' : ''));
    li.dataset.alertId = a.alertId;
    const t = el('a', a.headline);
    t.href = '#/story/' + encodeURIComponent(a.storyId);
    li.append(t);
    const facts = [LEVELS[i.level] || i.level, STAGES[i.stage] || i.stage, i.delegationNumber ? 'số ' + i.delegationNumber : null,
      i.head ? 'Trưởng đoàn: ' + i.head : null, (i.inspectedOrganizations || []).join(', ')].filter(Boolean);
    li.append(el('div', facts.join(' · '), 'meta'));
    li.append(el('div', (SOURCES[a.source] || a.source) + ' · ' + when(a.publishedAt || a.createdAt), 'meta'));
    return li;
  }

  function loadAlerts() {
    return api('/api/alerts', { limit: 30 }).then(r => {
      document.getElementById('alerts').replaceChildren(...r.items.map(a => alertItem(a, false)));
    }).catch(() => {});
  }

  function loadTrending() {
    return api('/api/trending', { type: 'ORGANIZATION' }).then(t => {
      const list = document.getElementById('trending');
      list.replaceChildren();
      (t.top || t.entities || []).slice(0, 10).forEach(e => {
        const li = el('li');
        const name = el('span', e.name || e.entity, 'entity ORGANIZATION');
        name.addEventListener('click', () => pickEntity(name.textContent));
        li.append(name, el('span', ' ' + (e.count || e.stories || ''), 'meta'));
        list.append(li);
      });
    }).catch(() => {});
  }

  function pickEntity(name) {
    entity = name;
    const chip = document.getElementById('entity-filter');
    chip.textContent = name + ' ✕';
    chip.hidden = false;
    location.hash = '#/';
    loadWire(false);
  }

  function showStory(id) {
    const box = document.getElementById('story');
    api('/api/stories/' + encodeURIComponent(id)).then(s => {
      box.replaceChildren();
      const back = el('a', '← Dòng tin');
      back.href = '#/';
      box.append(back, el('h2', s.title));
      box.append(el('div', [SOURCES[s.source] || s.source, when(s.publishedAt)].join(' · '), 'meta'));
      if (s.url) {
        const link = el('a', 'Bài gốc');
        link.href = s.url;
        link.rel = 'noopener noreferrer';
        const p = el('p');
        p.append(link);
        box.append(p);
      }
      if (s.lead) box.append(el('p', s.lead));
      if (s.inspection) {
        const i = s.inspection;
        const dl = el('dl', null, 'facts');
        [['Cấp', LEVELS[i.level] || i.level], ['Giai đoạn', STAGES[i.stage] || i.stage], ['Số đoàn', i.delegationNumber],
          ['Cơ quan ra quyết định', (i.issuers || []).join(', ')], ['Trưởng đoàn', i.head],
          ['Đối tượng', (i.inspectedOrganizations || []).join(', ')]].forEach(([k, v]) => {
          if (v) dl.append(el('dt', k), el('dd', v));
        });
        box.append(el('h3', 'Đoàn kiểm tra, giám sát'), dl);
      }
      const entities = s.entities || {};
      Object.keys(entities).forEach(type => {
        const p = el('p');
        p.append(el('strong', type + ': '));
        entities[type].forEach(name => {
          const span = el('span', name, 'entity ' + type);
          span.addEventListener('click', () => pickEntity(name));
          p.append(span, document.createTextNode(' '));
        });
        box.append(p);
      });
      if ((s.alsoPublishedAt || []).length) {
        box.append(el('h3', 'Cũng đăng tại'));
        const ul = el('ul');
        s.alsoPublishedAt.forEach(c => {
          const a = el('a', (SOURCES[c.source] || c.source) + ': ' + (c.title || c.url));
          a.href = c.url;
          a.rel = 'noopener noreferrer';
          const li = el('li');
          li.append(a);
          ul.append(li);
        });
        box.append(ul);
      }
    }).catch(e => box.replaceChildren(el('p', 'Không tìm thấy bài: ' + e.message)));
  }

  function route() {
    const story = location.hash.match(/^#\/story\/(.+)$/);
    document.getElementById('wire').hidden = !!story;
    document.getElementById('story').hidden = !story;
    if (story) showStory(decodeURIComponent(story[1]));
  }

  function listen() {
    if (!window.EventSource) return;
    const url = new URL('/api/events', location.origin);
    if (token) url.searchParams.set('token', token);
    const events = new EventSource(url);
    events.addEventListener('alert', ev => {
      const a = JSON.parse(ev.data);
      const list = document.getElementById('alerts');
      if (list.querySelector('[data-alert-id="' + CSS.escape(a.alertId) + '"]')) return;
      list.prepend(alertItem(a, true));
      if (window.Notification && Notification.permission === 'granted' && localStorage.getItem('notify') === 'on') {
        new Notification('Đoàn kiểm tra mới', { body: a.headline });
      }
      loadWire(false);
    });
  }

  document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); location.hash = '#/'; loadWire(false); });
  document.getElementById('more').addEventListener('click', () => loadWire(true));
  document.getElementById('entity-filter').addEventListener('click', () => {
    entity = null;
    document.getElementById('entity-filter').hidden = true;
    loadWire(false);
  });
  document.getElementById('notify').addEventListener('click', () => {
    if (!window.Notification) return;
    Notification.requestPermission().then(p => {
      localStorage.setItem('notify', p === 'granted' ? 'on' : 'off');
      document.getElementById('notify').textContent = p === 'granted' ? 'Đã bật thông báo' : 'Bật thông báo';
    });
  });
  window.addEventListener('hashchange', route);
  loadWire(false);
  loadAlerts();
  loadTrending();
  listen();
  route();
})();
