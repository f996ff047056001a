using System.Globalization;
using IkmMatch.Application.Programmes;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IkmMatch.Infrastructure.Seeding;

public static partial class DemoSeeding
{
    private const int ProgrammeSeed = 36_72_014;

    /// <summary>
    /// Records a year of Disperindag's development programmes (<see cref="DemoProgrammes"/>) through the domain's methods:
    /// planned, opened, run and completed on their dates, with their participants — demo IKM of the programme's KBLI
    /// divisions that lacked its certificate: first those the certificate unlocks the most open needs for (as the
    /// programme's candidates rank them), then those that went on to accept a demo partnership after it, so the impact
    /// report tells the story the partnerships tell — their attendance and outcomes. A certificate obtained
    /// enters the IKM's record as its claim, verified a month later when Disperindag had verified the IKM. All at once or
    /// not at all; when a demo programme (known by its title) is there, seeding again adds none.
    /// </summary>
    private static async Task<(int Total, int Added)> SeedProgrammesAsync(AppDbContext db, MatchScorer scorer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var titles = DemoProgrammes.All.Select(p => p.Title).ToList();
        var present = await db.Programmes.CountAsync(p => titles.Contains(p.Title), cancellationToken);
        if (present > 0)
        {
            await Console.Out.WriteLineAsync($"Seeding demo data: programmes {present}/{present} (all present already)");
            return (present, 0);
        }

        var ikms = (await db.Ikms.AsNoTracking()
                .Where(i => i.Status == RecordStatus.Active && i.Nib.StartsWith(DemoIkmGenerator.NibPrefix))
                .OrderBy(i => i.Nib)
                .Select(i => new
                {
                    i.Id,
                    i.Kecamatan,
                    i.CreatedAt,
                    i.Verified,
                    i.Workforce,
                    Capabilities = i.Capabilities
                        .OrderBy(c => c.Ordinal)
                        .Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit, c.NameTerms, c.Terms))
                        .ToList(),
                    Certifications = i.Certifications.Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent, c.Verified)).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken))
            .Select(i => new DemoProgrammeIkm(
                i.Id,
                i.CreatedAt,
                i.Verified,
                i.Workforce,
                i.Capabilities.Select(c => c.Kbli[..2]).ToHashSet(StringComparer.Ordinal),
                new CandidateToMatch(i.Id, i.Kecamatan, i.Verified, i.Capabilities, i.Certifications, TrackRecord.None)))
            .ToList();
        var openNeeds = (await db.Needs.AsNoTracking()
                .Where(n => n.Status == NeedStatus.Open)
                .Join(db.Industries.Where(i => i.Status == RecordStatus.Active), n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
                .OrderBy(x => x.Need.Id)
                .ToListAsync(cancellationToken))
            .Select(x => scorer.Prepare(x.Need.ToMatch(x.Kecamatan)))
            .ToList();
        var accepted = (await db.Partnerships.AsNoTracking()
                .SelectMany(p => p.History.Where(e => e.To == PartnershipStatus.Accepted).Select(e => new { p.IkmId, e.At }))
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.IkmId)
            .ToDictionary(g => g.Key, g => g.Select(a => a.At).Order().ToList());
        var plant = await db.Industries.AsNoTracking()
            .Where(i => i.Status == RecordStatus.Active && i.Nib.StartsWith(DemoIndustries.NibPrefix) && i.Sector == DemoProgrammes.PlantSector)
            .OrderBy(i => i.Nib)
            .Select(i => (Guid?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);

        var random = new Random(ProgrammeSeed);
        var taken = new HashSet<Guid>();
        var claims = new List<(Guid IkmId, CertificationData Certificate, DateTimeOffset At)>();
        var programmes = new List<Programme>();
        foreach (var demo in DemoProgrammes.All)
        {
            var organiser = demo.RunByPlant ? plant : null;
            if (demo.RunByPlant && organiser is null)
            {
                continue; // the plant that runs it is archived
            }

            var planned = now.AddDays(-demo.PlannedDaysAgo);
            var start = DateOnly.FromDateTime(now.AddDays(-demo.StartDaysAgo).UtcDateTime);
            var end = DateOnly.FromDateTime(now.AddDays(-demo.EndDaysAgo).UtcDateTime);
            var details = new ProgrammeDetails(demo.Kind, demo.Title, demo.Description, start, end, demo.Seats, demo.Budget, demo.Certifications, demo.Divisions, demo.Topics);
            var programme = Programme.Plan(details, organiser, DemoProgrammes.Office, planned);
            programmes.Add(programme);
            if (demo.Status == ProgrammeStatus.Planned)
            {
                continue;
            }

            var opened = planned.AddDays(7);
            programme.Open(DemoProgrammes.Office, "pendaftaran dibuka melalui portal IKM dan surat ke asosiasi", opened);
            var completedAt = now.AddDays(-demo.EndDaysAgo).AddHours(9);
            var participants = Participants(demo, ikms, accepted, taken, completedAt, start, random, ikm => openNeeds.Count(n => scorer.Unlocks(n, ikm.Match, demo.Certifications)));
            for (var index = 0; index < participants.Count; index++)
            {
                var applied = random.Chance(0.4);
                programme.Enrol(participants[index].Id, applied, applied ? $"ikm:{participants[index].Id}" : DemoProgrammes.Office, opened.AddDays(1 + (index % 10)));
            }

            if (demo.Status == ProgrammeStatus.OpenForEnrolment)
            {
                continue;
            }

            var started = now.AddDays(-demo.StartDaysAgo).AddHours(8);
            programme.Start(DemoProgrammes.Office, "pembukaan di aula Disperindag", started);
            foreach (var participant in participants)
            {
                programme.RecordAttendance(participant.Id, random.Next(60, 101), started.AddDays(1));
            }

            if (demo.Status == ProgrammeStatus.Running)
            {
                continue;
            }

            var certificateNumber = 0;
            foreach (var participant in participants)
            {
                var attendance = programme.Enrolments.Single(e => e.IkmId == participant.Id).AttendancePercent!.Value;
                if (attendance < 70 && random.Chance(0.6))
                {
                    continue; // did not finish: stays enrolled, not completed
                }

                CertificationData? certificate = null;
                if (demo.Certifications.Count > 0 && random.Chance(demo.CertifiedShare))
                {
                    var type = demo.Certifications[0];
                    certificate = DemoProgrammes.Certificate(type, ++certificateNumber, DateOnly.FromDateTime(completedAt.UtcDateTime));
                    claims.Add((participant.Id, certificate, completedAt));
                }

                var outcome = new EnrolmentOutcome(
                    certificate,
                    participant.Workforce + random.Next(0, 4),
                    certificate is null ? DemoProgrammes.NoteWithout(random) : DemoProgrammes.NoteWith(random));
                programme.CompleteEnrolment(participant.Id, outcome, completedAt);
            }

            programme.Complete(DemoProgrammes.Office, "laporan akhir dan evaluasi peserta diterima", completedAt.AddHours(1));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await InsertAsync(db, "programmes", programmes, [], p => p.Title, p => p, cancellationToken);

        // The certificates obtained enter the IKM's records as claims; Disperindag verifies those of verified IKM a month on.
        var claimed = claims.Select(c => c.IkmId).Distinct().ToList();
        var tracked = await db.Ikms.Include(i => i.Certifications).Where(i => claimed.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var (ikmId, certificate, at) in claims)
        {
            var ikm = tracked[ikmId];
            ikm.ClaimCertificate(certificate, at);
            if (ikm.Verified && at.AddDays(30) < now)
            {
                ikm.Verify(at.AddDays(30), AppDbContext.SystemActor);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await transaction.CommitAsync(cancellationToken);
        return (programmes.Count, added);
    }

    /// <summary>
    /// The programme's participants: demo IKM registered before it started, of its divisions, lacking its certificate
    /// then, not in another demo programme — those it would unlock open needs for first, the most first (at most half the
    /// seats), then those that accepted a partnership within a year of its completion (up to half), then the rest in a
    /// fixed random order.
    /// </summary>
    private static List<DemoProgrammeIkm> Participants(
        DemoProgramme demo,
        List<DemoProgrammeIkm> ikms,
        Dictionary<Guid, List<DateTimeOffset>> accepted,
        HashSet<Guid> taken,
        DateTimeOffset completedAt,
        DateOnly start,
        Random random,
        Func<DemoProgrammeIkm, int> unlocks)
    {
        var startAt = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var eligible = ikms
            .Where(i => !taken.Contains(i.Id) && i.RegisteredAt < startAt)
            .Where(i => demo.Divisions.Count == 0 || demo.Divisions.Any(i.Divisions.Contains))
            .Where(i => demo.Certifications.Count == 0 || demo.Certifications.Any(t => !i.Match.Certifications.Any(c => c.Type == t && c.IsValidOn(start))))
            .OrderBy(_ => random.Next())
            .ToList();
        bool WentOn(DemoProgrammeIkm i) => accepted.TryGetValue(i.Id, out var at) && at.Any(a => a > completedAt && a < completedAt.AddMonths(12));
        var count = Math.Min(demo.Enrolled, eligible.Count);
        var aimed = eligible.Select(i => (Ikm: i, Unlocks: unlocks(i))).Where(x => x.Unlocks > 0)
            .OrderByDescending(x => x.Unlocks).Select(x => x.Ikm).Take(count / 2).ToList();
        var wentOn = demo.Status == ProgrammeStatus.Completed ? eligible.Where(i => !aimed.Contains(i) && WentOn(i)).Take(count / 2).ToList() : [];
        List<DemoProgrammeIkm> first = [.. aimed, .. wentOn];
        var chosen = first.Concat(eligible.Where(i => !first.Contains(i)).Take(count - first.Count)).ToList();
        taken.UnionWith(chosen.Select(i => i.Id));
        return chosen;
    }
}

/// <summary>A demo IKM as the programme seeding reads it.</summary>
internal sealed record DemoProgrammeIkm(
    Guid Id, DateTimeOffset RegisteredAt, bool Verified, int Workforce, IReadOnlySet<string> Divisions, CandidateToMatch Match);

/// <summary>One demo programme, its dates in days before the seeding's "now" (negative: after it).</summary>
internal sealed record DemoProgramme(
    ProgrammeKind Kind,
    string Title,
    string Description,
    ProgrammeStatus Status,
    int PlannedDaysAgo,
    int StartDaysAgo,
    int EndDaysAgo,
    int Seats,
    int Enrolled,
    long Budget,
    IReadOnlyList<CertificationType> Certifications,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Topics,
    double CertifiedShare = 0.8,
    bool RunByPlant = false);

/// <summary>A year of Disperindag Kota Cilegon's development programmes (pembinaan IKM), as the demo has them.</summary>
internal static class DemoProgrammes
{
    /// <summary>Who records the programmes: the department's IKM development desk.</summary>
    public const string Office = "bidang-perindustrian@disperindag.cilegon.go.id";

    /// <summary>The sector of the plant that runs the welding certification with its own instructors.</summary>
    public const string PlantSector = "Baja";

    public static readonly IReadOnlyList<DemoProgramme> All =
    [
        new(ProgrammeKind.CertificationFacilitation, "Fasilitasi SNI Produk Logam dan Komponen IKM Fabrikasi", "Pendampingan penerapan SNI, uji produk di laboratorium terakreditasi dan biaya sertifikasi SPPT-SNI bagi IKM fabrikasi logam.",
            ProgrammeStatus.Completed, 360, 330, 270, 20, 18, 300_000_000, [CertificationType.SNI], ["15", "25", "32"], ["penerapan SNI", "uji produk", "dokumen mutu"]),
        new(ProgrammeKind.CertificationFacilitation, "Fasilitasi Sertifikasi Halal IKM Pangan dan Katering", "Pendampingan proses produk halal, penyelia halal dan pengajuan sertifikat halal ke BPJPH bagi IKM pangan dan jasa boga.",
            ProgrammeStatus.Completed, 310, 280, 215, 30, 26, 180_000_000, [CertificationType.Halal], ["10", "56"], ["proses produk halal", "penyelia halal", "higiene sanitasi"], CertifiedShare: 0.85),
        new(ProgrammeKind.Training, "Pelatihan Manajemen Usaha, Keuangan dan Pemasaran Digital IKM", "Kelas tiga hari: pembukuan sederhana, harga pokok produksi, penawaran ke bagian pengadaan dan pemasaran digital.",
            ProgrammeStatus.Completed, 200, 170, 167, 40, 34, 95_000_000, [], [], ["manajemen keuangan", "harga pokok produksi", "pemasaran digital"]),
        new(ProgrammeKind.CertificationFacilitation, "Sertifikasi Juru Las 3G/6G bersama Industri Baja", "Pelatihan dan uji kompetensi juru las 3G/6G oleh instruktur dan bengkel las pabrik, sertifikat dari LSP.",
            ProgrammeStatus.Completed, 180, 150, 110, 15, 14, 120_000_000, [CertificationType.WelderCompetency], ["25", "33"], ["pengelasan SMAW 3G", "pengelasan 6G pipa", "K3 pengelasan"], CertifiedShare: 0.75, RunByPlant: true),
        new(ProgrammeKind.BusinessMatching, "Temu Bisnis IKM dan Industri Besar Kota Cilegon", "Temu bisnis dan kunjungan pabrik: IKM memperkenalkan produk dan jasanya kepada bagian pengadaan industri besar.",
            ProgrammeStatus.Completed, 340, 310, 309, 60, 45, 60_000_000, [], [], ["temu bisnis", "kunjungan pabrik", "katalog produk IKM"]),
        new(ProgrammeKind.CertificationFacilitation, "Fasilitasi SMK3 IKM Jasa Pemeliharaan dan Fabrikasi", "Pendampingan penerapan SMK3 dan audit sertifikasi bagi IKM yang bekerja di area pabrik.",
            ProgrammeStatus.Running, 70, 25, -60, 20, 16, 250_000_000, [CertificationType.SMK3], ["25", "33"], ["SMK3", "izin kerja di area pabrik", "CSMS"]),
        new(ProgrammeKind.CertificationFacilitation, "Fasilitasi ISO 9001 IKM Komponen dan Plastik", "Pendampingan sistem manajemen mutu ISO 9001 dan audit sertifikasi.",
            ProgrammeStatus.OpenForEnrolment, 20, -30, -120, 20, 6, 200_000_000, [CertificationType.ISO9001], ["22", "25", "33"], ["sistem manajemen mutu", "audit internal"]),
        new(ProgrammeKind.MachineRestructuring, "Restrukturisasi Mesin IKM Logam 2027", "Potongan harga pembelian mesin bubut CNC dan mesin las bagi IKM logam yang memasok industri besar.",
            ProgrammeStatus.Planned, 5, -90, -200, 10, 0, 600_000_000, [], ["25", "28"], ["mesin bubut CNC", "mesin las inverter"]),
    ];

    private static readonly string[] NotesWith =
        ["lulus audit kesesuaian", "sertifikat terbit setelah perbaikan dokumen", "lulus uji produk pada percobaan pertama", "lulus setelah audit susulan"];

    private static readonly string[] NotesWithout =
        ["menyelesaikan seluruh sesi", "aktif, sudah menyusun rencana tindak lanjut", "menyelesaikan pelatihan; sertifikasi menyusul"];

    public static string NoteWith(Random random) => random.Pick(NotesWith);

    public static string NoteWithout(Random random) => random.Pick(NotesWithout);

    /// <summary>The certificate a participant obtained, numbered as its issuer numbers them and valid as long as that kind is.</summary>
    public static CertificationData Certificate(CertificationType type, int sequence, DateOnly issued)
    {
        var year = issued.Year.ToString(CultureInfo.InvariantCulture);
        var n = sequence.ToString("000", CultureInfo.InvariantCulture);
        return type switch
        {
            CertificationType.SNI => new(type, $"SPPT-SNI/LSPro-BBLM/{year}/{n}", "LSPro Balai Besar Logam dan Mesin", issued.AddYears(4), null),
            CertificationType.Halal => new(type, $"ID36110000{year}{n}", "BPJPH Kementerian Agama", null, null),
            CertificationType.WelderCompetency => new(type, $"LSP-LAS/3G/{year}/{n}", "LSP Pengelasan Indonesia", issued.AddYears(3), null),
            _ => new(type, $"{type}/{year}/{n}", "Lembaga sertifikasi terakreditasi KAN", issued.AddYears(3), null),
        };
    }
}
