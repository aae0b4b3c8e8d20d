// The newsroom board: plain DOM, no framework. Every value from the wire is set as text, never as HTML.
'use strict';
(function () {
  const token = new URLSearchParams(location.search).get('token');
  const LEVELS = { CENTRAL_PARTY: 'Trung ương Đảng', NATIONAL_ASSEMBLY: 'Quốc hội', GOVERNMENT: 'Chính phủ', LOCAL: 'Địa phương' };
  const STAGES = { DECISION_ANNOUNCED: 'Công bố quyết định', WORKING_SESSION: 'Làm việc', DRAFT_REPORT_REVIEW: 'Dự thảo báo cáo',
    CONCLUSION_ANNOUNCED: 'Thông báo kết luận', PLANNED: 'Kế hoạch', OTHER: 'Khác' };
  const SOURCES = { baotintuc: 'Báo Tin tức', vietnamplus: 'VietnamPlus', nhandan: 'Nhân Dân', dangcongsan: 'Đảng Cộng sản',
    daibieunhandan: 'Đại biểu Nhân dân', baochinhphu: 'Báo Chính phủ' };
  const TYPES = { PERSON: 'Nhân vật', ORGANIZATION: 'Tổ chức', LOCATION: 'Địa danh', POSITION: 'Chức danh',
    DOCUMENT: 'Văn bản', EVENT: 'Sự kiện' };
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
    const type = document.getElementById('trending-type').value;
    return api('/api/trending', { type: type }).then(t => {
      const list = document.getElementById('trending');
      list.replaceChildren();
      const top = (t.top || t.entities || []).slice(0, 10);
      if (!top.length) list.append(el('li', 'Chưa có số liệu.', 'meta'));
      top.forEach(e => {
        const li = el('li');
        const name = el('span', e.canonical || e.name || e.entity, 'entity ' + type);
        name.addEventListener('click', () => pickEntity(name.textContent));
        li.append(name, el('span', ' ' + (e.mentions || e.count || e.stories || ''), 'meta'));
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

  // Text with its entity marks as clickable spans; a mark inside another (an organ inside a title) is left to the outer.
  function marked(text, marks, offset) {
    const frag = document.createDocumentFragment();
    let at = 0;
    marks.filter(m => m.start >= offset && m.end <= offset + text.length)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .forEach(m => {
        const start = m.start - offset;
        if (start < at) return;
        frag.append(document.createTextNode(text.slice(at, start)));
        const span = el('span', text.slice(start, m.end - offset), 'entity ' + m.type);
        span.title = m.canonical;
        span.addEventListener('click', () => pickEntity(m.canonical));
        frag.append(span);
        at = m.end - offset;
      });
    frag.append(document.createTextNode(text.slice(at)));
    return frag;
  }

  function factList(i) {
    const dl = el('dl', null, 'facts');
    [['Cấp', LEVELS[i.level] || i.level], ['Giai đoạn', STAGES[i.stage] || i.stage], ['Số đoàn', i.delegationNumber],
      ['Cơ quan ra quyết định', (i.issuers || []).join(', ')], ['Trưởng đoàn', i.head],
      ['Phó trưởng đoàn', (i.deputyHeads || []).join(', ')], ['Đối tượng', (i.inspectedOrganizations || []).join(', ')],
      ['Ngày', i.eventDate], ['Địa điểm', i.location]].forEach(([k, v]) => {
      if (v) dl.append(el('dt', k), el('dd', v));
    });
    return dl;
  }

  function link(text, href, external) {
    const a = el('a', text);
    a.href = href;
    if (external) a.rel = 'noopener noreferrer';
    return a;
  }

  function showStory(id) {
    const box = document.getElementById('story');
    api('/api/stories/' + encodeURIComponent(id)).then(s => {
      const marks = s.marks || [];
      box.replaceChildren(link('← Dòng tin', '#/'));
      const h = el('h2');
      h.append(marked(s.title || '', marks.filter(m => m.field === 'title'), 0));
      box.append(h);
      box.append(el('div', [SOURCES[s.source] || s.source, when(s.publishedAt), s.author,
        s.version > 1 ? 'bản ' + s.version : null].filter(Boolean).join(' · '), 'meta'));
      if (s.url) {
        const p = el('p');
        p.append(link('Bài gốc', s.url, true));
        box.append(p);
      }
      if (s.lead) {
        const lead = el('p', null, 'lead');
        lead.append(marked(s.lead, marks.filter(m => m.field === 'lead'), 0));
        box.append(lead);
      }
      if (s.inspection && s.inspection.isInspectionDelegationStory !== false) {
        box.append(el('h3', 'Đoàn kiểm tra, giám sát'), factList(s.inspection));
        const timeline = el('p');
        box.append(timeline);
        api('/api/delegations', { story: s.storyId }).then(r => r.items.forEach(d =>
          timeline.append(link('Diễn biến của đoàn →', '#/delegation/' + encodeURIComponent(d.key))))).catch(() => {});
      }
      const body = el('div', null, 'body');
      let offset = 0;
      const bodyMarks = marks.filter(m => m.field === 'body');
      (s.paragraphs || []).forEach(text => {
        const p = el('p');
        p.append(marked(text, bodyMarks, offset));
        body.append(p);
        offset += text.length + 1; // paragraphs are joined by one newline
      });
      box.append(body);
      (s.images || []).forEach(img => {
        const figure = el('figure');
        const image = el('img');
        image.src = img.url;
        image.alt = img.caption || '';
        image.loading = 'lazy';
        figure.append(image);
        const words = [img.caption, img.credit ? 'Ảnh: ' + img.credit : null].filter(Boolean).join(' ');
        if (words) figure.append(el('figcaption', words));
        box.append(figure);
      });
      const entities = s.entities || {};
      Object.keys(entities).filter(type => entities[type].length).forEach(type => {
        const p = el('p');
        p.append(el('strong', (TYPES[type] || type) + ': '));
        entities[type].forEach(name => {
          const span = el('span', name, 'entity ' + type);
          span.addEventListener('click', () => pickEntity(name));
          p.append(span, document.createTextNode(' '));
        });
        box.append(p);
      });
      if ((s.versions || []).length > 1) {
        box.append(el('h3', 'Các phiên bản'));
        const ol = el('ol', null, 'versions');
        s.versions.forEach(v => ol.append(el('li', ['Bản ' + v.version, when(v.seenAt), v.changes || 'bản đầu'].join(' · '))));
        box.append(ol);
      }
      if ((s.alsoPublishedAt || []).length) {
        box.append(el('h3', 'Cũng đăng tại'));
        const ul = el('ul');
        s.alsoPublishedAt.forEach(c => {
          const li = el('li');
          li.append(link((SOURCES[c.source] || c.source) + ': ' + (c.title || c.url), c.url, true));
          ul.append(li);
        });
        box.append(ul);
      }
    }).catch(e => box.replaceChildren(el('p', 'Không tìm thấy bài: ' + e.message)));
  }

  const STAGE_ORDER = ['PLANNED', 'DECISION_ANNOUNCED', 'WORKING_SESSION', 'DRAFT_REPORT_REVIEW', 'CONCLUSION_ANNOUNCED', 'OTHER'];

  function showDelegation(key) {
    const box = document.getElementById('story');
    api('/api/delegations/' + encodeURIComponent(key)).then(d => {
      box.replaceChildren(link('← Dòng tin', '#/'));
      box.append(el('h2', 'Đoàn kiểm tra' + (d.delegationNumber ? ' số ' + d.delegationNumber : '') +
        ((d.issuers || []).length ? ' của ' + d.issuers.join(', ') : '')));
      box.append(factList({ level: d.level, stage: d.latestStage, head: d.head, inspectedOrganizations: d.inspectedOrganizations }));
      box.append(el('h3', 'Diễn biến'));
      const ol = el('ol', null, 'timeline');
      (d.events || []).slice().sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage)
          || String(a.eventDate || '').localeCompare(String(b.eventDate || ''))).forEach(e => {
        const li = el('li', null, 'stage ' + e.stage);
        li.append(el('div', [STAGES[e.stage] || e.stage, e.eventDate].filter(Boolean).join(' · '), 'meta'));
        li.append(link(e.headline || e.storyId, '#/story/' + encodeURIComponent(e.storyId)));
        if ((e.inspectedOrganizations || []).length) li.append(el('div', e.inspectedOrganizations.join(', '), 'meta'));
        ol.append(li);
      });
      box.append(ol);
    }).catch(e => box.replaceChildren(el('p', 'Không tìm thấy đoàn: ' + e.message)));
  }

  function route() {
    const story = location.hash.match(/^#\/story\/(.+)$/);
    const delegation = location.hash.match(/^#\/delegation\/(.+)$/);
    document.getElementById('wire').hidden = !!(story || delegation);
    document.getElementById('story').hidden = !(story || delegation);
    if (story) showStory(decodeURIComponent(story[1]));
    if (delegation) showDelegation(decodeURIComponent(delegation[1]));
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
  document.getElementById('trending-type').addEventListener('change', loadTrending);
  window.addEventListener('hashchange', route);
  loadWire(false);
  loadAlerts();
  loadTrending();
  listen();
  route();
})();
