/*
 * Lintas additions to Decap CMS, loaded only on /admin/ after decap-cms.js:
 * Indonesian words for the parts of the interface authors meet most (Decap ships no Indonesian),
 * and previews that use the site's own stylesheet and page structure.
 * Plain browser JavaScript: it is copied as is, next to Decap's own bundle.
 */
/* global CMS, h */
(function () {
  'use strict';

  CMS.registerLocale('id', {
    auth: { login: 'Masuk', loggingIn: 'Sedang masuk…', loginWithGitHub: 'Masuk dengan GitHub', loginWithGitLab: 'Masuk dengan GitLab', loginWithGitea: 'Masuk dengan Gitea' },
    app: {
      header: { content: 'Isi', workflow: 'Alur terbit', media: 'Gambar', quickAdd: 'Tambah cepat' },
      app: { errorHeader: 'Konfigurasi CMS tidak terbaca', configErrors: 'Kesalahan konfigurasi', loadingConfig: 'Memuat konfigurasi…', waitingBackend: 'Menunggu server…' },
    },
    collection: {
      sidebar: { collections: 'Jenis entri', searchAll: 'Cari semua', searchIn: 'Cari di' },
      collectionTop: { newButton: '＋ %{collectionLabel} baru', newButtonAriaLabel: 'Buat %{collectionLabel} baru', sortBy: 'Urutkan', viewAs: 'Tampilan' },
      entries: { loadingEntries: 'Memuat entri…', cachingEntries: 'Menyiapkan entri…', longerLoading: 'Mungkin perlu beberapa menit' },
    },
    editor: {
      editorControl: { field: { optional: 'tidak wajib' } },
      editorControlPane: {
        widget: {
          required: '%{fieldLabel} wajib diisi.',
          regexPattern: '%{fieldLabel} tidak sesuai: %{pattern}.',
          processing: '%{fieldLabel} sedang diproses.',
          range: '%{fieldLabel} harus antara %{minValue} dan %{maxValue}.',
          min: '%{fieldLabel} paling kecil %{minValue}.',
          max: '%{fieldLabel} paling besar %{maxValue}.',
          rangeCount: '%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.',
          rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
          rangeMin: '%{fieldLabel} harus berisi minimal %{minCount} butir.',
          rangeMax: '%{fieldLabel} paling banyak %{maxCount} butir.',
          invalidPath: "'%{path}' bukan alamat yang sah",
          pathExists: "Alamat '%{path}' sudah dipakai entri lain",
        },
      },
      editor: {
        onLeavePage: 'Yakin meninggalkan halaman ini? Perubahan yang belum disimpan akan hilang.',
        onPublishing: 'Terbitkan entri ini?',
        onDeletePublishedEntry: 'Hapus entri yang sudah terbit ini?',
        loadingEntry: 'Memuat entri…',
        confirmLoadBackup: 'Ada salinan cadangan entri ini di peramban. Pakai salinan itu?',
      },
      editorToolbar: {
        publish: 'Terbitkan',
        published: 'Terbit',
        publishing: 'Menerbitkan…',
        save: 'Simpan',
        saving: 'Menyimpan…',
        saved: 'Tersimpan',
        deleteEntry: 'Hapus entri',
        deleting: 'Menghapus…',
        deletePublishedEntry: 'Hapus entri terbit',
        deleteUnpublishedEntry: 'Hapus perubahan yang belum terbit',
        status: 'Status: %{status}',
        backCollection: ' Menulis di %{collectionLabel}',
        unsavedChanges: 'Belum disimpan',
        changesSaved: 'Perubahan tersimpan',
        draft: 'Draf',
        inReview: 'Ditinjau',
        ready: 'Siap terbit',
        publishNow: 'Terbitkan sekarang',
        duplicate: 'Salin',
        publishAndCreateNew: 'Terbitkan dan buat baru',
        publishAndDuplicate: 'Terbitkan dan salin',
      },
      editorWidgets: {
        markdown: { richText: 'Teks', markdown: 'Markdown' },
        image: { choose: 'Pilih gambar', chooseDifferent: 'Pilih gambar lain', remove: 'Hapus gambar' },
        list: { add: 'Tambah %{item}', addType: 'Tambah %{item}' },
        unknownControl: { noControl: "Tidak ada kontrol untuk widget '%{widget}'." },
      },
    },
    mediaLibrary: {
      mediaLibraryModal: {
        search: 'Cari…',
        uploading: 'Mengunggah…',
        upload: 'Unggah',
        choose: 'Pilih',
        images: 'Gambar',
        fileTooLarge: 'Gambar terlalu besar. Batasnya %{size} kB: perkecil dulu (lebar 1600 piksel, JPEG mutu 80).',
      },
    },
    ui: {
      toast: {
        missingRequiredField: 'Masih ada isian wajib yang kosong. Lengkapi dulu sebelum menyimpan.',
        entrySaved: 'Entri tersimpan',
        entryPublished: 'Entri terbit',
        onFailToPersist: 'Entri gagal disimpan: %{details}',
        onFailToLoadEntries: 'Entri gagal dimuat: %{details}',
      },
    },
  });

  CMS.registerPreviewStyle('preview.css');

  /** A value from the entry as plain JS (Decap keeps entries as Immutable maps). */
  function get(entry, path) {
    var value = entry.getIn(['data'].concat(path));
    return value && typeof value.toJS === 'function' ? value.toJS() : value;
  }
  function list(title, items, render) {
    if (!items || !items.length) return null;
    return h('section', null, h('h2', null, title), h('ul', null, items.map(function (item, i) {
      return h('li', { key: i, className: 'statement' }, render(item));
    })));
  }
  function statement(item) {
    return [
      h('p', { key: 't' }, item.text || '', ' ', item.source ? h('span', { className: 'cite' }, '[' + item.source + ']') : null),
      item.quote ? h('p', { key: 'q', className: 'quote' }, '“' + item.quote + '”') : null,
    ];
  }
  function sources(entry) {
    return list('Sumber', get(entry, ['sources']), function (s) {
      return h('p', null, h('strong', null, s.id), ': ', s.title || '', s.publisher ? ', ' + s.publisher : '', s.date ? ' (' + s.date + ')' : '');
    });
  }
  function shell(props, lede, sections) {
    return h('main', { className: 'wrap' },
      h('p', { className: 'preview-note' }, 'Pratinjau dengan tampilan situs. Halaman sebenarnya juga memuat data resmi daerah dan tautan antarhalaman.'),
      h('h1', null, get(props.entry, ['title']) || '(judul belum diisi)'),
      lede ? h('p', { className: 'lede' }, lede) : null,
      props.widgetFor('body'),
      sections);
  }

  CMS.registerPreviewTemplate('visits', function (props) {
    var e = props.entry;
    var visitor = get(e, ['visitor']) || {};
    var leader = get(e, ['delegation', 'leader']) || {};
    return shell(props, [get(e, ['date']), (visitor.region || visitor.institution || '…') + ' → ' + (get(e, ['host']) || '…')].join(' · '), [
      h('dl', { key: 'facts', className: 'facts' },
        h('dt', null, 'Pemimpin rombongan'), h('dd', null, [leader.name, leader.role].filter(Boolean).join(', ') || '—'),
        h('dt', null, 'Tempat'), h('dd', null, get(e, ['location']) || '—')),
      h('div', { key: 'm' }, list('Mengapa datang', get(e, ['motivations']), statement)),
      h('div', { key: 't' }, list('Pelajaran', get(e, ['takeaways']), statement)),
      h('div', { key: 'c' }, list('Komitmen', get(e, ['commitments']), function (c) {
        return [h('span', { key: 's', className: 'badge' }, c.status || 'niat'), ' '].concat(statement(c));
      })),
      h('div', { key: 's' }, sources(e)),
    ]);
  });
  CMS.registerPreviewTemplate('innovations', function (props) {
    var e = props.entry;
    return shell(props, get(e, ['summary']), [
      h('div', { key: 'p' }, list('Masalah', get(e, ['problem']), statement)),
      h('div', { key: 'a' }, list('Cara kerja', get(e, ['approach']), statement)),
      h('div', { key: 's' }, sources(e)),
    ]);
  });
  CMS.registerPreviewTemplate('playbooks', function (props) {
    var e = props.entry;
    return shell(props, get(e, ['summary']), [
      h('ol', { key: 'st', className: 'stages' }, (get(e, ['stages']) || []).map(function (s, i) {
        return h('li', { key: i }, h('h2', null, s.title || ''), h('p', null, s.goal || ''));
      })),
      h('div', { key: 's' }, sources(e)),
    ]);
  });
  CMS.registerPreviewTemplate('followups', function (props) {
    var e = props.entry;
    return h('main', { className: 'wrap' },
      h('h1', null, 'Kabar ' + (get(e, ['date']) || '') + ': ' + (get(e, ['status']) || '')),
      h('p', { className: 'lede' }, get(e, ['text']) || ''),
      props.widgetFor('body'),
      sources(e));
  });
})();
