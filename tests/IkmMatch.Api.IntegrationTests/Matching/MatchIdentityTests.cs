using System.Globalization;
using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;
using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Matching;
using IkmMatch.Domain.Needs;
using IkmMatch.Domain.Partnerships;
using IkmMatch.Domain.Registry;
using IkmMatch.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IkmMatch.Api.IntegrationTests.Matching;

/// <summary>
/// A match retrieves its candidates through the division and term indexes (with the terms stored when the capabilities
/// were written) and ranks them with numbers only; these tests hold it to the plain definition over Cilegon's demo
/// registry (903 IKM, 78 needs, track records from the completed partnerships): take every active IKM, analyse its
/// capabilities' text afresh, keep those the Domain scorer takes as candidates, score each, order eligible first, then
/// score descending, then id, and take the first <c>limit</c>. The counts, the order and every figure and sentence (in Bahasa Indonesia) of
/// every item must be the same, for every need, several limits, with and without ineligible IKM.
/// </summary>
public abstract class MatchIdentityTests(MatchIdentityTests.Registry registry)
{
    private static readonly (int Limit, bool IncludeIneligible)[] Requests = [(1, false), (3, true), (20, false), (100, true)];

    /// <summary>The demo registry in a database of its own, and the weights the API was started with.</summary>
    public abstract class Registry(MatchWeights weights) : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public MatchWeights Weights { get; } = weights;

        public async ValueTask InitializeAsync()
        {
            Factory.Settings["Matching:Weights:Relevance"] = Weights.Relevance.ToString(CultureInfo.InvariantCulture);
            Factory.Settings["Matching:Weights:Capacity"] = Weights.Capacity.ToString(CultureInfo.InvariantCulture);
            Factory.Settings["Matching:Weights:Certifications"] = Weights.Certifications.ToString(CultureInfo.InvariantCulture);
            Factory.Settings["Matching:Weights:Location"] = Weights.Location.ToString(CultureInfo.InvariantCulture);
            Factory.Settings["Matching:Weights:TrackRecord"] = Weights.TrackRecord.ToString(CultureInfo.InvariantCulture);
            Factory.Settings["Matching:Weights:Verification"] = Weights.Verification.ToString(CultureInfo.InvariantCulture);
            await Factory.InitializeAsync();
            await Factory.Services.SeedDemoAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Factory.DisposeAsync();
            GC.SuppressFinalize(this);
        }
    }

    [Fact]
    public async Task Matches_EveryNeedOfTheDemoRegistry_AreThoseOfScoringEveryCandidate() =>
        await ShouldBeThoseOfScoringEveryCandidateAsync(registry.Factory, registry.Weights, keptOpenNeeds: false);

    /// <summary>
    /// Holds every need's matches (all of <see cref="Requests"/>) to scoring every active IKM afresh; with
    /// <paramref name="keptOpenNeeds"/>, every open need's answer must also come from its kept ranking.
    /// </summary>
    public static async Task ShouldBeThoseOfScoringEveryCandidateAsync(ApiFactory factory, MatchWeights weights, bool keptOpenNeeds)
    {
        using var client = factory.CreateClient();
        // Sentences are compared in one fixed language: the API's, asked for in Bahasa Indonesia, with the Domain's said in it.
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var scorer = new MatchScorer(weights);

        var ikms = await db.Ikms.AsNoTracking()
            .Where(i => i.Status == RecordStatus.Active)
            .Include(i => i.Capabilities)
            .Include(i => i.Certifications)
            .AsSplitQuery()
            .ToListAsync(TestContext.Current.CancellationToken);
        var tracks = (await db.Partnerships.AsNoTracking()
                .Where(p => p.Status == PartnershipStatus.Completed)
                .Select(p => new { p.IkmId, p.Rating })
                .ToListAsync(TestContext.Current.CancellationToken))
            .GroupBy(p => p.IkmId)
            .ToDictionary(g => g.Key, g => new TrackRecord(g.Count(), g.Sum(p => p.Rating ?? 0)));
        var needs = await db.Needs.AsNoTracking()
            .Join(db.Industries, n => n.IndustryId, i => i.Id, (n, i) => new { Need = n, i.Kecamatan })
            .ToListAsync(TestContext.Current.CancellationToken);

        ikms.Count.ShouldBeGreaterThan(800);
        needs.Count.ShouldBeGreaterThan(70);
        tracks.Count.ShouldBeGreaterThan(10); // track records really take part
        var compared = 0;
        var withIneligible = 0;
        var kept = 0;
        foreach (var found in needs)
        {
            var need = scorer.Prepare(found.Need.ToMatch(found.Kecamatan));
            var scored = ikms
                .Select(i => new CandidateToMatch(
                    i.Id,
                    i.Kecamatan,
                    i.Verified,
                    [.. i.Capabilities.OrderBy(c => c.Ordinal).Select(c => new CandidateCapability(c.Kbli, c.Name, c.Description, c.MonthlyCapacity, c.Unit))],
                    [.. i.Certifications.Select(c => new CandidateCertification(c.Type, c.ValidUntil, c.TkdnPercent, c.Verified))],
                    tracks.GetValueOrDefault(i.Id)))
                .Where(candidate => scorer.Evaluate(need, candidate).Candidate)
                .Select(candidate => (Ikm: ikms.Single(i => i.Id == candidate.IkmId), Result: scorer.Score(need, candidate)))
                .OrderByDescending(s => s.Result.Eligible)
                .ThenByDescending(s => s.Result.Score)
                .ThenBy(s => s.Ikm.Id.ToString(), StringComparer.Ordinal)
                .ToList();

            foreach (var (limit, includeIneligible) in Requests)
            {
                var response = await client.GetAsync(
                    new Uri($"/api/v1/needs/{found.Need.Id}/matches?limit={limit}&includeIneligible={includeIneligible}", UriKind.Relative),
                    TestContext.Current.CancellationToken);
                var matches = await response.ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);

                var context = $"need {found.Need.Id} ({found.Need.Kbli}), limit {limit}, includeIneligible {includeIneligible}";
                if (keptOpenNeeds)
                {
                    matches.Kept.ShouldBe(found.Need.Status == NeedStatus.Open, context);
                    kept += matches.Kept ? 1 : 0;
                }

                matches.TotalCandidates.ShouldBe(scored.Count, context);
                matches.EligibleCandidates.ShouldBe(scored.Count(s => s.Result.Eligible), context);
                var expected = scored.Where(s => includeIneligible || s.Result.Eligible).Take(limit).ToList();
                matches.Items.Select(m => m.IkmId).ShouldBe(expected.Select(e => e.Ikm.Id), context);
                for (var rank = 0; rank < expected.Count; rank++)
                {
                    var (ikm, result) = expected[rank];
                    var item = matches.Items[rank];
                    item.Rank.ShouldBe(rank + 1);
                    item.IkmName.ShouldBe(ikm.Name);
                    item.Kecamatan.ShouldBe(ikm.Kecamatan.ToString());
                    item.Score.ShouldBe(result.Score, context);
                    item.Eligible.ShouldBe(result.Eligible, context);
                    item.Breakdown.ShouldBe(
                        [.. result.Breakdown.Select(c => new CriterionDto(c.Criterion, c.Weight, c.Value, c.Points, TextCatalog.Render(c.Explanation, Language.Id)))], context);
                    item.Unmet.ShouldBe([.. result.Unmet.Select(u => new UnmetDto(u.Code, TextCatalog.Render(u.Detail, Language.Id)))], context);
                    withIneligible += result.Eligible ? 0 : 1;
                }

                compared++;
            }
        }

        compared.ShouldBe(needs.Count * Requests.Length);
        withIneligible.ShouldBeGreaterThan(0); // ineligible IKM were returned and compared too
        if (keptOpenNeeds)
        {
            kept.ShouldBeGreaterThan(0); // kept rankings really were read
        }
    }

    /// <summary>The default weights (DESIGN §3).</summary>
    public sealed class DefaultWeights() : Registry(MatchWeights.Default);

    /// <summary>Fit weighing more than relevance: configured weights reach every figure of the breakdown.</summary>
    public sealed class FitHeavyWeights() : Registry(new MatchWeights(5, 30, 20, 20, 15, 10));
}

public sealed class MatchIdentityWithDefaultWeightsTests(MatchIdentityTests.DefaultWeights registry)
    : MatchIdentityTests(registry), IClassFixture<MatchIdentityTests.DefaultWeights>;

public sealed class MatchIdentityWithFitHeavyWeightsTests(MatchIdentityTests.FitHeavyWeights registry)
    : MatchIdentityTests(registry), IClassFixture<MatchIdentityTests.FitHeavyWeights>;
