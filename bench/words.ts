/**
 * Indonesian word lists for the synthetic corpus. Realistic enough that Markdown rendering,
 * search indexing and share cards meet the word lengths, accents-free Latin text and
 * sentence shapes they will meet in real entries; nothing here is a claim about a real region.
 */
import type { Sector } from '../src/domain/vocabulary.ts';

/** Innovation themes per sector: the nouns a title is made of and what the innovation serves. */
export const THEMES: Record<Sector, { names: string[]; serves: string[] }> = {
  'tata-kelola': {
    names: ['Rapat Koordinasi Daring', 'Sistem Kinerja Pegawai Terpadu', 'Naskah Dinas Elektronik', 'Forum Camat Berbagi', 'Pengaduan Satu Pintu'],
    serves: ['koordinasi antarperangkat daerah', 'penilaian kinerja aparatur', 'tata naskah dinas', 'tindak lanjut pengaduan warga'],
  },
  'pelayanan-publik': {
    names: ['Mal Pelayanan Publik', 'Layanan Adminduk Jemput Bola', 'Gerai Perizinan Keliling', 'Loket Layanan Malam', 'Kartu Identitas Anak Sekolah'],
    serves: ['pengurusan dokumen kependudukan', 'perizinan usaha', 'layanan administrasi di kecamatan', 'antrean layanan publik'],
  },
  'data-dan-informasi': {
    names: ['Lounge Data Daerah', 'Satu Data Kabupaten', 'Dasbor Statistik Desa', 'Peta Tematik Terbuka', 'Portal Data Terpadu'],
    serves: ['ketersediaan data pembangunan', 'perencanaan berbasis data', 'keterbukaan informasi publik', 'pemutakhiran data desa'],
  },
  tik: {
    names: ['Serat Optik Sampai Desa', 'Wifi Taman Publik', 'Pusat Komando Kota', 'Aplikasi Lapor Cepat', 'Tanda Tangan Elektronik'],
    serves: ['jaringan internet pemerintahan', 'akses internet warga', 'pemantauan layanan kota', 'pengamanan dokumen elektronik'],
  },
  desa: {
    names: ['Smart Kampung', 'Sistem Informasi Desa', 'Badan Usaha Milik Desa Digital', 'Sekolah Kepala Desa', 'Musyawarah Desa Terbuka'],
    serves: ['pelayanan di tingkat desa', 'pengelolaan dana desa', 'kapasitas aparatur desa', 'perencanaan pembangunan desa'],
  },
  keuangan: {
    names: ['Pelaporan Anggaran Terintegrasi', 'Pajak Daerah Nontunai', 'Transaksi Nontunai Perangkat Daerah', 'Inventarisasi Aset Digital'],
    serves: ['pelaporan keuangan daerah', 'penerimaan pajak daerah', 'pengelolaan aset daerah', 'transparansi belanja daerah'],
  },
  pengadaan: {
    names: ['Katalog Elektronik Lokal', 'Toko Daring Pengadaan', 'Pengadaan Langsung Terbuka'],
    serves: ['pengadaan barang dan jasa', 'keikutsertaan usaha kecil dalam pengadaan', 'pengawasan kontrak'],
  },
  ekonomi: {
    names: ['Pasar Rakyat Daring', 'Kartu Tani Digital', 'Inkubator Usaha Mikro', 'Festival Produk Lokal', 'Koperasi Nelayan Terpadu'],
    serves: ['pemasaran produk usaha mikro', 'penyaluran pupuk bersubsidi', 'akses permodalan', 'pendapatan petani dan nelayan'],
  },
  pendidikan: {
    names: ['Sekolah Rakyat Desa', 'Beasiswa Anak Petani', 'Perpustakaan Keliling', 'Guru Kunjung', 'Rumah Belajar Komunitas'],
    serves: ['angka partisipasi sekolah', 'minat baca anak', 'pendidikan di daerah terpencil', 'kualitas guru'],
  },
  kesehatan: {
    names: ['Puskesmas Keliling Terapung', 'Ambulans Desa', 'Posyandu Remaja', 'Rumah Singgah Pasien', 'Gerakan Cegah Tengkes'],
    serves: ['layanan kesehatan ibu dan anak', 'rujukan pasien dari desa', 'pencegahan tengkes', 'kunjungan tenaga kesehatan'],
  },
  kemiskinan: {
    names: ['Dasbor Kemiskinan Terpadu', 'Bedah Rumah Gotong Royong', 'Kartu Sejahtera Daerah', 'Lumbung Pangan Desa'],
    serves: ['ketepatan sasaran bantuan sosial', 'rumah tidak layak huni', 'ketahanan pangan keluarga miskin'],
  },
  pariwisata: {
    names: ['Kalender Festival Daerah', 'Desa Wisata Berbasis Warga', 'Homestay Warga', 'Pemandu Wisata Muda'],
    serves: ['kunjungan wisatawan', 'pendapatan warga desa wisata', 'promosi budaya lokal'],
  },
  infrastruktur: {
    names: ['Jalan Desa Padat Karya', 'Jembatan Gantung Swadaya', 'Pemantauan Proyek Daring', 'Air Bersih Perpipaan Desa'],
    serves: ['akses jalan antardesa', 'penyediaan air bersih', 'pengawasan pembangunan fisik'],
  },
  lingkungan: {
    names: ['Bank Sampah Digital', 'Sekolah Adiwiyata', 'Patroli Hutan Bersama Warga', 'Kampung Iklim', 'Pengolahan Sampah Terpadu'],
    serves: ['pengurangan sampah rumah tangga', 'perlindungan hutan lindung', 'ruang terbuka hijau', 'pencegahan kebakaran lahan'],
  },
};

export const ACTORS = [
  'Dinas Komunikasi dan Informatika', 'Dinas Kependudukan dan Pencatatan Sipil', 'Badan Perencanaan Pembangunan Daerah',
  'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Pemberdayaan Masyarakat dan Desa', 'Badan Pengelolaan Keuangan Daerah',
  'Pemerintah desa', 'Camat', 'Sekretariat Daerah', 'Dinas Pariwisata', 'Dinas Lingkungan Hidup', 'kelompok warga',
  'Badan Usaha Milik Desa', 'Inspektorat Daerah',
];

export const ROLES_HEAD = ['Bupati', 'Wakil Bupati', 'Wali Kota', 'Wakil Wali Kota', 'Sekretaris Daerah', 'Gubernur'];
export const ROLES_STAFF = ['Kepala Dinas Kominfo', 'Kepala Bappeda', 'Kepala Dinas Kesehatan', 'Asisten Pemerintahan', 'Camat', 'Kepala Bagian Organisasi'];
export const FIRST_NAMES = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Yohanes', 'Made', 'Ketut', 'Nur', 'Hendra', 'Maria', 'Rahmat', 'Fitri', 'Yusuf', 'Wayan', 'Lestari', 'Andi', 'Marthen', 'Sri'];
export const LAST_NAMES = ['Saputra', 'Wulandari', 'Hidayat', 'Simanjuntak', 'Nainggolan', 'Pratama', 'Rahayu', 'Kurniawan', 'Lumban Tobing', 'Sembiring', 'Manurung', 'Setiawan', 'Tanjung', 'Mahendra', 'Kambu', 'Daeng Mappa'];

export const PUBLISHERS = ['Humas Pemerintah Daerah', 'Kantor Berita Daerah', 'Portal Resmi Pemda', 'Harian Nusantara', 'Warta Desa', 'Majalah Otonomi'];
export const ARTICLE_VERBS = ['Belajar', 'Studi Tiru', 'Kunjungi', 'Pelajari', 'Tiru'];
export const INSTITUTIONS = ['Kementerian Dalam Negeri', 'Lembaga Administrasi Negara', 'Universitas Gadjah Mada', 'Universitas Hasanuddin', 'Ombudsman RI Perwakilan Daerah', 'Badan Pusat Statistik'];

/** Sentence skeletons; {x} slots are filled from the entry at hand. */
export const PROBLEM_SENTENCES = [
  'Sebelumnya warga harus menempuh perjalanan jauh ke ibu kota kabupaten untuk {serves}.',
  'Data tentang {serves} tersebar di banyak perangkat daerah dan sering tidak sama.',
  'Anggaran untuk {serves} terbatas, sementara wilayahnya luas.',
  'Banyak desa belum terjangkau layanan {serves} secara merata.',
  'Pelaporan {serves} masih memakai kertas sehingga lambat diperiksa.',
];
export const APPROACH_SENTENCES = [
  '{actor} membentuk tim kecil yang menangani {serves} setiap hari kerja.',
  'Layanan {serves} dibuka di kantor kecamatan dan balai desa secara bergiliran.',
  'Seluruh berkas {serves} dicatat dalam satu aplikasi yang dapat diakses perangkat daerah.',
  'Uji coba dimulai di beberapa desa sebelum diperluas ke seluruh kecamatan.',
  '{actor} melatih petugas desa agar dapat melayani {serves} tanpa ke kabupaten.',
  'Hasil pemantauan {serves} dibahas dalam rapat bulanan bersama camat.',
];
export const OUTCOME_SENTENCES = [
  'Waktu pengurusan {serves} menjadi lebih singkat menurut warga.',
  'Perangkat daerah kini memakai data yang sama untuk {serves}.',
  'Warga tidak perlu lagi datang ke ibu kota kabupaten untuk {serves}.',
  'Pengaduan tentang {serves} berkurang sejak program berjalan.',
];
export const BODY_SENTENCES = [
  '{region} mulai menjalankan program ini setelah melihat kebutuhan warga akan {serves}.',
  'Menurut sumber, program ini melibatkan {actor} sejak tahap perencanaan.',
  'Sumber tidak menyebut besar anggaran yang dipakai maupun tahun mulainya secara pasti.',
  'Beberapa daerah lain telah datang untuk mempelajari cara kerja program ini.',
  'Kendala terbesar yang disebut sumber adalah jaringan internet yang belum merata.',
  'Petugas di tingkat desa menjadi ujung tombak pelaksanaannya.',
  'Warga dapat menyampaikan usulan melalui musyawarah desa maupun aplikasi.',
  'Program ini disebut sejalan dengan rencana pembangunan jangka menengah daerah.',
  'Pemerintah daerah menyediakan pelatihan bagi petugas sebelum layanan dibuka.',
  'Keberhasilan program diukur dari berkurangnya waktu tunggu dan keluhan warga.',
  'Uji coba pertama dilakukan di Kecamatan {kecamatan} karena letaknya paling jauh dari pusat pemerintahan.',
  'Warga Kecamatan {kecamatan} termasuk yang pertama merasakan manfaat {serves}.',
  'Camat {kecamatan} menyebut antrean di kantornya jauh berkurang.',
  'Pada musim hujan, petugas tetap berkeliling ke desa-desa meski jalan rusak dan licin.',
  'Anggaran awal berasal dari dana desa dan sebagian dari anggaran pendapatan dan belanja daerah.',
  'Kepala desa diminta menunjuk satu operator yang bertanggung jawab atas pencatatan.',
  'Data hasil layanan diperbarui setiap minggu dan dibuka bagi organisasi perangkat daerah lain.',
  'Sebagian warga lanjut usia masih memerlukan pendampingan ketika memakai aplikasi.',
  'Kerja sama dengan perguruan tinggi setempat membantu menyusun kajian awal.',
  'Tokoh adat dan tokoh agama ikut menyosialisasikan program kepada warga.',
  'Laporan bulanan disampaikan kepada bupati atau wali kota dalam rapat pimpinan.',
  'Daerah yang ingin meniru disarankan memulai dari satu layanan yang paling sering dikeluhkan warga.',
  'Biaya pemeliharaan perangkat menjadi pertanyaan yang sering diajukan daerah tamu.',
  'Perempuan kepala keluarga menjadi salah satu kelompok sasaran utama.',
  'Di daerah kepulauan, layanan dibawa dengan perahu motor sesuai jadwal bulanan.',
  'Aturan pelaksanaannya ditetapkan melalui peraturan bupati setelah uji coba dinilai berhasil.',
  'Media sosial pemerintah daerah dipakai untuk mengumumkan jadwal layanan keliling.',
  'Penghargaan dari pemerintah pusat membuat program ini makin dikenal daerah lain.',
];
export const REGION_SENTENCES = [
  '{region} terbagi atas banyak kecamatan, di antaranya Kecamatan {kecamatan}.',
  'Sebagian wilayah {region} berupa perbukitan dan hutan, sehingga jarak antardesa cukup jauh.',
  'Pemerintah {region} beberapa kali menerima kunjungan belajar dari daerah lain.',
  'Jaringan internet di {region} belum menjangkau semua desa secara merata.',
  'Pusat pemerintahan {region} menjadi tujuan warga dari desa-desa sekitar untuk mengurus layanan.',
  'Pertanian, perikanan dan perdagangan kecil menjadi mata pencaharian utama warga {region}.',
  'Data jumlah kecamatan, desa dan kelurahan diambil dari data wilayah administrasi Kemendagri.',
];
export const PREREQUISITES: Record<string, string> = {
  penduduk: 'Jumlah penduduk yang cukup besar agar layanan terpakai secara penuh.',
  luas: 'Wilayah yang luas dengan desa-desa yang berjauhan, tempat layanan keliling paling terasa manfaatnya.',
  kecamatan: 'Kantor kecamatan yang siap menjadi titik layanan.',
  desa: 'Pemerintah desa yang bersedia menunjuk operator layanan.',
  kelurahan: 'Kelurahan yang memiliki petugas administrasi tetap.',
  'desa-terhubung-serat-optik': 'Desa-desa sudah terhubung jaringan serat optik atau internet yang stabil.',
};
export const HEADINGS = ['Latar belakang', 'Cara kerja', 'Yang perlu disiapkan', 'Catatan dari lapangan', 'Pelajaran bagi daerah lain'];

export const STAGE_TITLES = [
  'Petakan kebutuhan warga', 'Bentuk tim pelaksana', 'Siapkan dasar hukum', 'Uji coba di beberapa desa',
  'Latih petugas', 'Perluas ke seluruh kecamatan', 'Pantau dan evaluasi', 'Libatkan warga dan komunitas',
];
export const DURATIONS = ['1 bulan', '2–3 bulan', '6 bulan', 'satu tahun anggaran', 'sekitar 3 bulan'];
