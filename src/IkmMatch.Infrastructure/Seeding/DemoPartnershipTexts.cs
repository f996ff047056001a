using System.Globalization;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Infrastructure.Seeding;

/// <summary>
/// What people write in a partnership's history in Cilegon's programme: proposal notes, acceptance notes, the reasons
/// IKM and buyers give for declining or withdrawing, why contracts end early, and the buyer's closing remarks.
/// </summary>
internal static class DemoPartnershipTexts
{
    /// <summary>The mark every demo partnership's notes end with: the key that makes seeding again add nothing.</summary>
    public const string TagPrefix = "[ref. demo KMT-";

    public static readonly string[] IkmAccepts =
    [
        "Sanggup memenuhi sesuai spesifikasi; sampel kami kirim minggu ini.",
        "Bersedia. Mohon jadwal klarifikasi teknis dan survei lokasi.",
        "Siap bermitra; penawaran harga sudah kami kirim lewat email pengadaan.",
        "Kapasitas tersedia mulai bulan depan; siap menandatangani kesepakatan.",
        "Setuju dengan spesifikasi dan jadwal; mohon draf kontrak dikirim.",
    ];

    public static readonly string[] IndustryAccepts =
    [
        "Lolos evaluasi administrasi dan teknis; lanjut negosiasi harga.",
        "Sampel sesuai spesifikasi. Undangan penandatanganan kontrak menyusul.",
        "Diterima setelah kunjungan ke tempat usaha IKM; lanjut penyusunan kontrak.",
        "Penawaran wajar dan kapasitas cukup; lanjut ke kesepakatan kemitraan.",
    ];

    public static readonly string[] DirectAccepts =
    [
        "Bersedia mengikuti program kemitraan sesuai kesepakatan dalam forum.",
        "Setuju; mohon naskah Kesepakatan Kemitraan Usaha untuk ditandatangani.",
        "Bersedia, dengan pendampingan Disperindag selama tahun pertama.",
    ];

    public static readonly string[] IkmRejects =
    [
        "Kapasitas produksi kami sedang penuh untuk pesanan lain sampai akhir bulan depan.",
        "Harga satuan yang ditawarkan di bawah biaya produksi kami.",
        "Termin pembayaran 60 hari terlalu berat untuk modal kerja kami; kami hanya sanggup maksimal 30 hari.",
        "Jadwal kerja shift malam di dalam area pabrik belum bisa kami penuhi dengan tenaga yang ada.",
        "Bahan baku sedang sulit didapat; kami tidak bisa menjamin jadwal pengiriman.",
        "Lokasi pengiriman terlalu jauh untuk armada kami yang terbatas.",
    ];

    public static readonly string[] IndustryRejects =
    [
        "Penawaran harga di atas harga perkiraan sendiri (HPS).",
        "Sampel belum memenuhi spesifikasi teknis yang diminta.",
        "Belum lulus penilaian CSMS (Contractor Safety Management System) untuk bekerja di area pabrik.",
        "Dokumen legalitas dan laporan pekerjaan sejenis belum lengkap.",
    ];

    public const string FilledByOther = "Kebutuhan sudah dipenuhi oleh mitra lain yang lebih dulu menyatakan sanggup.";

    public static readonly string[] IndustryWithdraws =
    [
        "Anggaran pengadaan direvisi; usulan akan diajukan ulang setelah revisi RKA.",
        "Lingkup pekerjaan berubah; akan diusulkan ulang dengan spesifikasi baru.",
        "Jadwal kebutuhan mundur mengikuti jadwal shutdown yang baru.",
    ];

    public static readonly string[] IkmWithdraws =
    [
        "Kami mundur karena kapasitas bulan ini terpakai untuk pesanan lain.",
        "Mengundurkan diri; dokumen K3 yang diminta belum bisa kami siapkan tepat waktu.",
    ];

    public static readonly string[] NegotiationFailed =
    [
        "Negosiasi harga dan termin pembayaran tidak mencapai kesepakatan.",
        "Tidak sepakat soal jaminan pelaksanaan yang diminta; kesepakatan batal.",
    ];

    /// <summary>Why a contract for goods ended early.</summary>
    public static readonly string[] SupplyTerminations =
    [
        "Pengiriman terlambat tiga kali berturut-turut dari jadwal yang disepakati; kontrak diakhiri sesuai klausul wanprestasi.",
        "Hasil pemeriksaan mutu batch kedua tidak memenuhi spesifikasi; kontrak diakhiri dan pembayaran dihitung atas barang yang diterima.",
        "Rencana produksi pembeli berubah sehingga kebutuhan berhenti; kontrak diakhiri dengan kesepakatan kedua pihak dan barang yang sudah dikirim tetap dibayar.",
    ];

    /// <summary>Why a contract for work inside the buyer's plant ended early.</summary>
    public static readonly string[] OnSiteTerminations =
    [
        "Sertifikat SMK3 IKM habis masa berlaku dan belum diperpanjang, sehingga izin kerja di area pabrik tidak dapat diterbitkan.",
        "Dua temuan pelanggaran K3 berulang (bekerja di ketinggian tanpa full body harness); kontrak diakhiri sesuai ketentuan CSMS.",
        "Jadwal pekerjaan mundur jauh dari rencana dan tenaga kerja di lapangan tidak mencukupi; sisa pekerjaan dialihkan ke kontraktor lain.",
        "Pekerjaan dihentikan karena jadwal outage pembeli dibatalkan; kontrak diakhiri dengan kesepakatan kedua pihak dan pekerjaan yang selesai tetap dibayar.",
    ];

    /// <summary>Divisions whose work is done inside the plants (fabrication and erection, repair, installation, rental with operators, cleaning).</summary>
    public static bool OnSite(string kbli) => kbli[..2] is "25" or "33" or "43" or "77" or "81";

    /// <summary>The buyer's remarks on completion, by rating (index 0 = rating 1).</summary>
    public static readonly string[][] Completions =
    [
        ["Banyak ketidaksesuaian; sisa pekerjaan diselesaikan vendor lain."],
        [
            "Beberapa item harus dikerjakan ulang; IKM disarankan mengikuti pendampingan mutu Disperindag.",
            "Pengiriman sering terlambat dan dokumen mutu tidak lengkap.",
        ],
        [
            "Memenuhi spesifikasi minimum; ketepatan jadwal dan dokumentasi perlu ditingkatkan.",
            "Hasil cukup; komunikasi progres pekerjaan perlu lebih rutin.",
        ],
        [
            "Mutu baik; ada satu keterlambatan pengiriman kecil yang segera diperbaiki.",
            "Sesuai spesifikasi; administrasi penagihan perlu lebih rapi.",
            "Pekerjaan baik dan tertib K3; akan dipertimbangkan untuk kontrak lanjutan.",
        ],
        [
            "Selesai tepat waktu dan sesuai spesifikasi; IKM direkomendasikan untuk pengadaan berikutnya.",
            "Mutu sangat baik, dokumentasi lengkap, tanpa temuan K3.",
            "Sangat responsif saat ada perubahan jadwal; hasil sesuai gambar dan spesifikasi.",
        ],
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Tag(int number) => $"{TagPrefix}{number:000}]";

    public static string Completion(Random random, int rating, int jobs)
    {
        var text = random.Pick(Completions[rating - 1]);
        return jobs > 0 ? $"{text} Tenaga kerja baru terserap: {jobs} orang." : text;
    }

    /// <summary>"81,4": a score as people in Indonesia write it.</summary>
    public static string Score(decimal score) => score.ToString("0.#", Invariant).Replace('.', ',');

    /// <summary>"1.200": a quantity with Indonesian thousands separators.</summary>
    public static string Quantity(decimal value) =>
        value.ToString("#,0.##", Invariant).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    public static string Unit(CapacityUnit unit) => unit switch
    {
        CapacityUnit.M2 => "m²",
        CapacityUnit.M3 => "m³",
        CapacityUnit.Hour => "jam",
        CapacityUnit.Litre => "liter",
        _ => unit.ToString().ToLowerInvariant(),
    };

    /// <summary>A requirement the IKM does not meet, in the words a buyer would write it.</summary>
    public static string Unmet(UnmetRequirement unmet)
    {
        var code = unmet.Code;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var (kind, detail) = colon < 0 ? (code, string.Empty) : (code[..colon], code[(colon + 1)..]);
        switch (kind)
        {
            case "certification":
                return $"sertifikat {detail} yang masih berlaku pada tanggal kebutuhan";
            case "tkdn":
                var tkdn = detail.Split('<');
                return tkdn.Length == 2 ? $"TKDN minimal {tkdn[1]}% (saat ini {tkdn[0]}%)" : "TKDN minimal yang disyaratkan";
            case "capacity":
                var capacity = detail.Split('<');
                return capacity.Length == 2 ? $"kapasitas bulanan {capacity[1]} (saat ini {capacity[0]})" : "kapasitas bulanan yang dibutuhkan";
            case "unit":
                return $"kapasitas yang dinyatakan dalam satuan {detail}";
            default:
                return TextCatalog.Render(unmet.Detail, Language.Id);
        }
    }
}
