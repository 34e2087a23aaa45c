/* Standar — pencarian layanan. Tanpa dependensi; halaman tetap lengkap tanpa skrip ini. */
(function () {
  'use strict';
  var d = document;
  var hasil = d.getElementById('hasil-cari');
  var form = d.querySelector('form.cari');
  var q = form && form.querySelector('input[name="q"]');
  if (!hasil || !form || !q || !window.fetch || !''.normalize) return;
  var akar = d.body.getAttribute('data-akar') || '';
  var pilih = function (n) { return form.querySelector('select[name="' + n + '"]'); };
  var selOpd = pilih('opd'), selBiaya = pilih('biaya'), selUrut = pilih('urut');
  var statis = d.getElementById('semua-layanan');
  var daftar = d.createElement('ul');
  daftar.className = 'daftar-baris hasil-daftar';
  hasil.parentNode.insertBefore(daftar, hasil.nextSibling);
  form.hidden = false;

  var AWAL = ['meng', 'meny', 'peng', 'mem', 'men', 'pen', 'pem', 'ber', 'ter', 'per', 'me', 'di', 'pe', 'ke'];
  var AKHIR = ['kan', 'nya', 'an', 'i'];
  function lipat(s) {
    return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }
  function dasar(w) {
    var i;
    for (i = 0; i < AKHIR.length; i++) {
      if (w.length - AKHIR[i].length >= 4 && w.slice(-AKHIR[i].length) === AKHIR[i]) { w = w.slice(0, -AKHIR[i].length); break; }
    }
    for (i = 0; i < AWAL.length; i++) {
      if (w.length - AWAL[i].length >= 4 && w.indexOf(AWAL[i]) === 0) { w = w.slice(AWAL[i].length); break; }
    }
    return w;
  }
  function kata(s) { return s ? s.split(' ') : []; }

  var indeks = null, memuat = null;
  function muat() {
    if (!memuat) {
      memuat = fetch(akar + 'cari/indeks.json').then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (j) {
        var opd = j.opd || [];
        indeks = (j.l || []).map(function (l) {
          var w = kata(l[6] || lipat(l[0]));
          var o = opd[l[2]] || [];
          return { judul: l[0], path: l[1], opd: o[1] || '', biaya: l[3], waktu: l[4], gratis: l[5] === 1,
            kata: w, dasar: w.map(dasar), kJudul: kata(lipat(l[0])) };
        });
        return indeks;
      });
      memuat.catch(function () {
        hasil.textContent = 'Pencarian tidak dapat dimuat. Silakan buka daftar semua layanan.';
      });
    }
    return memuat;
  }

  // Setiap kata kueri cocok bila menjadi awalan salah satu kata indeks (juga setelah imbuhan dilepas).
  function cocok(t, words, stems) {
    var st = dasar(t), i;
    for (i = 0; i < words.length; i++) {
      if (words[i].indexOf(t) === 0 || stems[i].indexOf(st) === 0) return true;
    }
    return false;
  }
  function kueri(s) {
    return s.split(/\s+/).map(function (w) {
      var p = kata(lipat(w));
      return { bagian: p, gabung: p.join('') };
    }).filter(function (k) { return k.gabung; });
  }
  function nilai(item, ks) {
    var skor = 0, jd = item.kJudul, jdDasar = jd.map(dasar);
    for (var i = 0; i < ks.length; i++) {
      var k = ks[i];
      var semua = function (w, s) { return k.bagian.every(function (t) { return cocok(t, w, s); }); };
      if (!semua(item.kata, item.dasar) && !cocok(k.gabung, item.kata, item.dasar)) return -1;
      if (semua(jd, jdDasar) || cocok(k.gabung, jd, jdDasar)) skor++;
    }
    return skor;
  }

  function el(tag, cls, teks) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (teks != null) e.textContent = teks;
    return e;
  }
  function fakta(dl, label, isi) {
    var div = el('div');
    div.appendChild(el('dt', '', label));
    var dd = el('dd');
    if (isi.nodeType) dd.appendChild(isi); else dd.textContent = isi || 'Belum diisi';
    div.appendChild(dd);
    dl.appendChild(div);
  }
  function tampil(daftarHasil) {
    daftar.textContent = '';
    hasil.textContent = '';
    var n = daftarHasil.length;
    var p = el('p', 'jumlah-hasil', n ? n + ' layanan ditemukan' : 'Tidak ada layanan yang cocok. Coba kata lain atau hapus saringan.');
    if (n > 50) p.textContent += '; 50 yang pertama ditampilkan. Perjelas kata pencarian untuk mempersempit hasil.';
    else if (n) p.textContent += '.';
    hasil.appendChild(p);
    daftarHasil.slice(0, 50).forEach(function (it) {
      var li = el('li', 'baris');
      var a = el('a', '', it.judul);
      a.href = akar + it.path;
      var pj = el('p', 'baris-judul');
      pj.appendChild(a);
      li.appendChild(pj);
      var dl = el('dl', 'baris-fakta');
      fakta(dl, 'Perangkat daerah', it.opd);
      fakta(dl, 'Biaya', it.gratis ? el('span', 'lencana lencana-gratis', it.biaya) : it.biaya);
      fakta(dl, 'Waktu', it.waktu);
      li.appendChild(dl);
      daftar.appendChild(li);
    });
  }

  function jalankan() {
    var teks = q.value.trim();
    var opd = selOpd ? selOpd.value : '', biaya = selBiaya ? selBiaya.value : '', urut = selUrut ? selUrut.value : '';
    var aktif = teks || opd || biaya || urut;
    if (statis) statis.hidden = !!aktif;
    perbaruiAlamat();
    if (!aktif) { hasil.textContent = ''; daftar.textContent = ''; return; }
    muat().then(function (idx) {
      var ks = kueri(teks), r = [];
      idx.forEach(function (it, i) {
        if (opd && it.opd !== opd) return;
        if (biaya && (biaya === 'gratis') !== it.gratis) return;
        var s = ks.length ? nilai(it, ks) : 0;
        if (s >= 0) r.push({ it: it, s: s, i: i });
      });
      r.sort(function (a, b) {
        return (b.s - a.s) || (urut === 'judul' ? a.it.judul.localeCompare(b.it.judul, 'id') : a.i - b.i);
      });
      tampil(r.map(function (x) { return x.it; }));
    }, function () { if (statis) statis.hidden = false; });
  }

  var jeda;
  function tunda() { clearTimeout(jeda); jeda = setTimeout(jalankan, 150); }
  function perbaruiAlamat() {
    if (!window.history || !history.replaceState) return;
    var u = new URL(location.href);
    if (q.value.trim()) u.searchParams.set('q', q.value.trim()); else u.searchParams.delete('q');
    history.replaceState(null, '', u.pathname + u.search + u.hash);
  }
  q.addEventListener('focus', muat);
  q.addEventListener('input', function () { muat(); tunda(); });
  [selOpd, selBiaya, selUrut].forEach(function (s) { if (s) s.addEventListener('change', jalankan); });
  form.addEventListener('submit', function (e) { e.preventDefault(); jalankan(); });
  form.addEventListener('reset', function () { setTimeout(jalankan, 0); });

  try {
    var awal = new URLSearchParams(location.search).get('q');
    if (awal) { q.value = awal; jalankan(); }
  } catch (e) { /* URLSearchParams tidak tersedia: abaikan */ }
})();
