using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Benchmarks;

/// <summary>Needs and candidates shaped like the registry's (KBLI division 25, metal fabrication), from a fixed seed.</summary>
internal static class SampleData
{
    private static readonly DateOnly NeededBy = new(2027, 3, 1);

    private static readonly (string Kbli, string Name, string Description, CapacityUnit Unit)[] Capabilities =
    [
        ("25111", "Fabrikasi pintu, pagar dan railing baja", "Pembuatan pintu besi, pagar, handrail dan tangga baja untuk gedung pabrik dan kantor; las, gerinda dan cat dasar dikerjakan di bengkel sendiri.", CapacityUnit.Ton),
        ("25113", "Fabrikasi baja struktur gudang dan workshop", "Kolom, balok WF, rangka atap (truss) dan gording untuk gudang dan workshop, termasuk erection di lokasi.", CapacityUnit.Ton),
        ("25113", "Fabrikasi pipe rack dan platform baja", "Fabrikasi pipe rack, platform dan struktur penyangga baja; pengelasan SMAW/FCAW, sandblasting dan pengecatan.", CapacityUnit.Ton),
        ("25119", "Fabrikasi pipe support dan spool pipa", "Pipe support, shoe, clamp dan spool pipa carbon steel sesuai gambar isometrik; dilas oleh juru las bersertifikat.", CapacityUnit.Ton),
        ("25920", "Jasa bubut CNC spare part pompa", "Bubut dan milling CNC untuk impeller, shaft, sleeve dan bushing pompa; bahan dari pembeli atau kami sediakan.", CapacityUnit.Hour),
        ("25920", "Jasa las dan hardfacing", "Pengelasan SMAW/GTAW, hardfacing roll dan komponen aus, serta potong plasma di bengkel atau di lokasi pabrik.", CapacityUnit.Hour),
        ("25999", "Pembuatan steel grating dan cover saluran", "Steel grating dan cover saluran (galvanis atau cat) sesuai ukuran pesanan.", CapacityUnit.Pcs),
    ];

    private static readonly CertificationType[] Types =
        [CertificationType.ISO9001, CertificationType.SMK3, CertificationType.TKDN, CertificationType.SNI, CertificationType.ISO45001, CertificationType.Other];

    public static NeedToMatch TypicalNeed() => new(
        "25113",
        "Fabrikasi pipe rack dan platform baja",
        "Fabrikasi dan erection pipe rack baja untuk perluasan unit utilitas; pengelasan SMAW, sandblasting dan cat epoxy.",
        ["pipe rack", "baja", "las", "erection"],
        40m,
        CapacityUnit.Ton,
        [CertificationType.SMK3],
        [CertificationType.ISO9001, CertificationType.ISO45001],
        25m,
        NeededBy,
        AllowPartialSupply: false,
        Kecamatan.Ciwandan);

    public static CandidateToMatch TypicalCandidate() => new(
        Guid.Parse("0193a000-0000-7000-8000-000000000001"),
        Kecamatan.Citangkil,
        Verified: true,
        [
            Capability(Capabilities[1], 60m),
            Capability(Capabilities[5], 800m),
        ],
        [
            new CandidateCertification(CertificationType.ISO9001, new DateOnly(2027, 8, 31), null),
            new CandidateCertification(CertificationType.SMK3, new DateOnly(2026, 12, 31), null),
            new CandidateCertification(CertificationType.TKDN, new DateOnly(2028, 1, 31), 42.5m),
        ],
        TrackRecord.None);

    /// <summary><paramref name="count"/> candidates: 1–3 capabilities of the division, 0–3 certificates, some expired.</summary>
    public static CandidateToMatch[] Candidates(int count, int seed)
    {
        var random = new Random(seed);
        var kecamatan = Enum.GetValues<Kecamatan>();
        var result = new CandidateToMatch[count];
        var bytes = new byte[16];
        for (var i = 0; i < count; i++)
        {
            var capabilities = new List<CandidateCapability>();
            for (var c = random.Next(1, 4); c > 0; c--)
            {
                capabilities.Add(Capability(Capabilities[random.Next(Capabilities.Length)], random.Next(1, 200)));
            }

            var certifications = new List<CandidateCertification>();
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                var type = Types[random.Next(Types.Length)];
                certifications.Add(new CandidateCertification(
                    type,
                    random.Next(4) == 0 ? null : NeededBy.AddDays(random.Next(-400, 900)),
                    type == CertificationType.TKDN ? random.Next(20, 80) : null));
            }

            random.NextBytes(bytes);
            result[i] = new CandidateToMatch(
                new Guid(bytes),
                kecamatan[random.Next(kecamatan.Length)],
                random.Next(3) == 0,
                capabilities,
                certifications,
                TrackRecord.None);
        }

        return result;
    }

    private static CandidateCapability Capability((string Kbli, string Name, string Description, CapacityUnit Unit) t, decimal capacity) =>
        new(t.Kbli, t.Name, t.Description, capacity, t.Unit);
}
