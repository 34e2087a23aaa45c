/* Standar — pencarian layanan. Tanpa dependensi; halaman tetap lengkap tanpa skrip ini. */
(function () {
  'use strict';
  // Mesin pencari (tanpa DOM; juga dipakai tes: node memuat berkas ini dan memanggil module.exports).
  var AWAL = ['meng', 'meny', 'peng', 'mem', 'men', 'pen', 'pem', 'ber', 'ter', 'per', 'me', 'di', 'pe', 'ke'];
  var AKHIR = ['kan', 'nya', 'an', 'i'];
  // Kata yang sering ditulis warga tetapi tidak membedakan layanan: boleh tidak cocok.
  var UMUM = ['cara', 'bagaimana', 'buat', 'bikin', 'membuat', 'urus', 'mengurus', 'pengurusan', 'syarat',
    'persyaratan', 'daftar', 'mendaftar', 'pendaftaran', 'layanan', 'pelayanan', 'di', 'ke', 'dari', 'yang',
    'dan', 'untuk', 'buka', 'minta', 'mohon', 'permohonan', 'online', 'kota', 'berapa', 'lama', 'biaya'];
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

  // Jarak suntingan (Levenshtein, dengan pertukaran dua huruf berdampingan dihitung satu), berhenti
  // begitu melewati `maks`.
  function jarak(a, b, maks) {
    if (Math.abs(a.length - b.length) > maks) return maks + 1;
    var pp = null, p = [], i, j;
    for (j = 0; j <= b.length; j++) p.push(j);
    for (i = 1; i <= a.length; i++) {
      var c = [i], min = i;
      for (j = 1; j <= b.length; j++) {
        var v = Math.min(p[j] + 1, c[j - 1] + 1, p[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (pp && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, pp[j - 2] + 1);
        c.push(v);
        if (v < min) min = v;
      }
      if (min > maks) return maks + 1;
      pp = p; p = c;
    }
    return p[b.length];
  }

  // Indeks dari /cari/indeks.json, dengan kamus kata unik (kecocokan dihitung sekali per kata, bukan per layanan).
  function siapkan(j) {
    var opd = j.opd || [], kamus = {};
    var items = (j.l || []).map(function (l, i) {
      var w = kata(l[6] || lipat(l[0]));
      var o = opd[l[2]] || [];
      w.forEach(function (x) { kamus[x] = 1; });
      var jd = kata(lipat(l[0]));
      jd.forEach(function (x) { kamus[x] = 1; });
      return { judul: l[0], path: l[1], opd: o[1] || '', biaya: l[3], waktu: l[4], gratis: l[5] === 1,
        kata: w, kJudul: jd, frasa: (l[7] || '').split(',').filter(Boolean), i: i };
    });
    var daftarKata = Object.keys(kamus);
    return { items: items, kamus: daftarKata, dasar: daftarKata.map(dasar) };
  }

  // Mutu kecocokan setiap kata kamus dengan kata kueri t: 4 sama, 3 awalan atau kata dasar sama,
  // 2 awalan kata dasar, 1 salah ketik (1 huruf; 2 huruf untuk kata 8 huruf lebih).
  function cocokan(t, idx) {
    var st = dasar(t), m = {}, maks = t.length >= 8 ? 2 : t.length >= 4 ? 1 : 0;
    for (var i = 0; i < idx.kamus.length; i++) {
      var w = idx.kamus[i], s = idx.dasar[i], q = 0;
      if (w === t) q = 4;
      else if (w.indexOf(t) === 0 || s === st) q = 3;
      else if (st.length >= 4 && s.indexOf(st) === 0) q = 2;
      else if (maks && (jarak(t, w, maks) <= maks || (w.length > t.length && jarak(t, w.slice(0, t.length), 1) <= 1 && t.length >= 5))) q = 1;
      if (q) m[w] = q;
    }
    return m;
  }
  function terbaik(m, words) {
    var b = 0;
    for (var i = 0; i < words.length; i++) { var q = m[words[i]] || 0; if (q > b) b = q; }
    return b;
  }

  // Layanan yang cocok dengan `teks`, terbaik dulu: setiap kata kueri harus cocok (kecuali kata umum);
  // kecocokan pada nama layanan bernilai tiga kali lipat, dan kata yang jarang (cocok di sedikit layanan)
  // lebih berbobot daripada kata yang ada di mana-mana. Bila tak satu pun cocok dengan semua kata, yang
  // cocok dengan kata terbanyak ditampilkan.
  function cari(idx, teks, saring) {
    var ks = kata(lipat(teks || '')), wajib = [], pilihan = [], frasa = ks.join(' ');
    ks.forEach(function (t) {
      if (UMUM.indexOf(t) >= 0 || t.length < 2) pilihan.push(cocokan(t, idx)); else wajib.push(cocokan(t, idx));
    });
    if (!wajib.length) { wajib = pilihan; pilihan = []; }
    var calon = [], df = wajib.map(function () { return 0; });
    idx.items.forEach(function (it) {
      if (saring && !saring(it)) return;
      var mutu = wajib.map(function (m, k) {
        var a = terbaik(m, it.kata), j = terbaik(m, it.kJudul);
        if (a || j) df[k]++;
        return [Math.max(a, j), j];
      });
      calon.push({ it: it, mutu: mutu });
    });
    var n = calon.length || 1;
    var bobot = df.map(function (x) { return Math.log(1 + n / (x || 1)); });
    var r = [], longgar = [];
    calon.forEach(function (c) {
      var it = c.it;
      if (!ks.length) { r.push({ it: it, s: 0 }); return; }
      var s = 0, kena = 0, diJudul = 0;
      c.mutu.forEach(function (m, k) {
        if (m[0]) kena++;
        if (m[1]) diJudul++;
        s += (m[0] + 3 * m[1]) * bobot[k];
      });
      pilihan.forEach(function (m) { s += terbaik(m, it.kata) > 2 ? 1 : 0; });
      if (diJudul === wajib.length) s += 4;
      // The query is one of the service's keywords, or holds one of several words: the authors' own words.
      for (var f = 0; f < it.frasa.length; f++) {
        var fr = it.frasa[f];
        if (fr === frasa) { s += 8; break; }
        if (fr.indexOf(' ') > 0 && (' ' + frasa + ' ').indexOf(' ' + fr + ' ') >= 0) { s += 4; break; }
      }
      if (kena === wajib.length) r.push({ it: it, s: s });
      else if (kena) longgar.push({ it: it, s: s - 1000 * (wajib.length - kena) });
    });
    if (!r.length) r = longgar;
    r.sort(function (a, b) { return (b.s - a.s) || (ks.length ? a.it.kJudul.length - b.it.kJudul.length : 0) || (a.it.i - b.it.i); });
    return r;
  }

  var mesin = { lipat: lipat, dasar: dasar, jarak: jarak, siapkan: siapkan, cari: cari };
  if (typeof module === 'object' && module.exports) module.exports = mesin;
  if (typeof document === 'undefined') return;

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

  var indeks = null, memuat = null;
  function muat() {
    if (!memuat) {
      memuat = fetch(akar + 'cari/indeks.json').then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (j) {
        indeks = siapkan(j);
        return indeks;
      });
      memuat.catch(function () {
        hasil.textContent = 'Pencarian tidak dapat dimuat. Silakan buka daftar semua layanan.';
      });
    }
    return memuat;
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
      var r = cari(idx, teks, function (it) {
        return !(opd && it.opd !== opd) && !(biaya && (biaya === 'gratis') !== it.gratis);
      });
      if (urut === 'judul') {
        r.sort(function (a, b) { return (b.s - a.s) || a.it.judul.localeCompare(b.it.judul, 'id'); });
      }
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
