using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Partnerships;

/// <summary>
/// Completed partnerships feed the track-record criterion of later matches (DESIGN §3): the Bayesian average
/// (3·2 + Σ ratings) / (2 + completed), scaled (avg − 1) / 4, weight 10 of 100, counted in proportion to the relevance r
/// of the IKM for the need (points = 10 × value × r, rounded to 2):
/// <code>
/// none            (6)/2      = 3       → 0.5
/// one rated 5     (6+5)/3    = 3.6667  → 0.6667
/// one rated 1     (6+1)/3    = 2.3333  → 0.3333
/// rated 5 and 1   (6+5+1)/4  = 3       → 0.5
/// </code>
/// The IKM ("Fabrikasi baja struktur", 25111) and the need ("Fabrikasi rak gudang", 25111) are those of the test data:
/// r is whatever the analyzer makes of them, the same before and after, so only the track record may move the score.
/// </summary>
public sealed class TrackRecordTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] OtherCriteria = ["relevance", "capacity", "certifications", "location", "verification"];

    private readonly PartnershipApi _api = new(factory.CreateClient());

    private async Task<MatchItemDto> MatchAsync(Guid needId, Guid ikmId)
    {
        var matches = await (await _api.Client.GetAsync($"/api/v1/needs/{needId}/matches?includeIneligible=true&limit=100"))
            .ShouldBeAsync<NeedMatchesDto>(HttpStatusCode.OK);
        return matches.Items.Single(i => i.IkmId == ikmId);
    }

    private static CriterionDto TrackRecord(MatchItemDto item) => item.Breakdown.Single(c => c.Criterion == "trackRecord");

    /// <summary>A partnership of the IKM from a need of its own, taken through to completion with the rating.</summary>
    private async Task<PartnershipDto> CompleteOneAsync(Guid ikmId, Guid industryId, int rating)
    {
        var need = await _api.CreateNeedAsync(industryId);
        var partnership = await _api.ProposeAsync(PartnershipTestData.Proposal(ikmId, needId: need.Id));
        await _api.MoveAsync(partnership.Id, "accept");
        await _api.MoveAsync(partnership.Id, "activate");
        return await _api.MoveAsync(partnership.Id, "complete", PartnershipTestData.Completion(rating, 2));
    }

    /// <summary>The track-record points at the IKM's relevance for the need.</summary>
    private static decimal PointsAt(MatchItemDto item, decimal value) => MatchArithmetic.Points(10m, value, item.Breakdown.Relevance());

    private static void OnlyTrackRecordChanged(MatchItemDto before, MatchItemDto after, decimal value)
    {
        before.Breakdown.Relevance().ShouldBeGreaterThan(0m); // the IKM does (some of) the job: its fit counts
        TrackRecord(before).Value.ShouldBe(0.5m);
        TrackRecord(before).Points.ShouldBe(PointsAt(before, 0.5m));
        TrackRecord(after).Weight.ShouldBe(10m);
        TrackRecord(after).Value.ShouldBe(value);
        TrackRecord(after).Points.ShouldBe(PointsAt(after, value));
        after.Score.ShouldBe(before.Score - TrackRecord(before).Points + TrackRecord(after).Points);
        MatchArithmetic.ShouldAddUp(after.Breakdown, after.Score, "after");
        foreach (var criterion in OtherCriteria)
        {
            after.Breakdown.Single(c => c.Criterion == criterion).ShouldBe(before.Breakdown.Single(c => c.Criterion == criterion));
        }
    }

    [Fact]
    public async Task CompletedWithRating5_RaisesTheTrackRecordOfLaterMatches()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var before = await MatchAsync(later.Id, ikm.Id);
        TrackRecord(before).Explanation.ShouldBe("no completed partnerships yet: neutral 3 of 5");

        await CompleteOneAsync(ikm.Id, industry.Id, 5);

        var after = await MatchAsync(later.Id, ikm.Id);
        OnlyTrackRecordChanged(before, after, 0.6667m);
        after.Score.ShouldBeGreaterThan(before.Score);
        TrackRecord(after).Explanation.ShouldBe("1 completed partnership(s) rated 5 on average; 3.67 of 5 with the neutral prior");
    }

    [Fact]
    public async Task CompletedWithRating1_LowersTheTrackRecordOfLaterMatches()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var before = await MatchAsync(later.Id, ikm.Id);

        await CompleteOneAsync(ikm.Id, industry.Id, 1);

        var after = await MatchAsync(later.Id, ikm.Id);
        OnlyTrackRecordChanged(before, after, 0.3333m);
        after.Score.ShouldBeLessThan(before.Score);
        TrackRecord(after).Explanation.ShouldBe("1 completed partnership(s) rated 1 on average; 2.33 of 5 with the neutral prior");
    }

    [Fact]
    public async Task CompletedRated5And1_AverageBackToTheNeutralPrior()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var before = await MatchAsync(later.Id, ikm.Id);

        await CompleteOneAsync(ikm.Id, industry.Id, 5);
        await CompleteOneAsync(ikm.Id, industry.Id, 1);

        var after = await MatchAsync(later.Id, ikm.Id);
        OnlyTrackRecordChanged(before, after, 0.5m);
        after.Score.ShouldBe(before.Score);
        TrackRecord(after).Explanation.ShouldBe("2 completed partnership(s) rated 3 on average; 3 of 5 with the neutral prior");
    }

    [Fact]
    public async Task DirectPartnershipCompleted_CountsToo()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var before = await MatchAsync(later.Id, ikm.Id);

        var direct = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, industryId: industry.Id));
        await _api.MoveAsync(direct.Id, "accept");
        await _api.MoveAsync(direct.Id, "activate");
        await _api.MoveAsync(direct.Id, "complete", PartnershipTestData.Completion(5, 0));

        OnlyTrackRecordChanged(before, await MatchAsync(later.Id, ikm.Id), 0.6667m);
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Accepted")]
    [InlineData("Active")]
    [InlineData("Rejected")]
    [InlineData("Withdrawn")]
    [InlineData("Terminated")]
    public async Task PartnershipNotCompleted_LeavesTheTrackRecordNeutral(string status)
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var before = await MatchAsync(later.Id, ikm.Id);

        var other = await _api.CreateNeedAsync(industry.Id);
        var partnership = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: other.Id));
        foreach (var action in PartnershipTestData.PathTo(status))
        {
            await _api.MoveAsync(partnership.Id, action);
        }

        var after = await MatchAsync(later.Id, ikm.Id);
        after.Score.ShouldBe(before.Score);
        after.Breakdown.ShouldBe(before.Breakdown);
        TrackRecord(after).Value.ShouldBe(0.5m);
    }

    [Fact]
    public async Task Completion_ChangesLaterProposalsAndOpportunities_NotEarlierSnapshots()
    {
        var industry = await _api.CreateIndustryAsync();
        var ikm = await _api.CreateIkmAsync();
        var later = await _api.CreateNeedAsync(industry.Id);
        var earlier = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: later.Id));
        earlier.MatchBreakdown!.Single(c => c.Criterion == "trackRecord").Value.ShouldBe(0.5m);

        await CompleteOneAsync(ikm.Id, industry.Id, 5);

        (await _api.GetAsync(earlier.Id)).MatchBreakdown!.Single(c => c.Criterion == "trackRecord").Value.ShouldBe(0.5m);
        await _api.MoveAsync(earlier.Id, "withdraw");
        var proposedNow = await _api.ProposeAsync(PartnershipTestData.Proposal(ikm.Id, needId: later.Id));
        proposedNow.MatchBreakdown!.Single(c => c.Criterion == "trackRecord").Value.ShouldBe(0.6667m);
        var relevance = proposedNow.MatchBreakdown!.Single(c => c.Criterion == "relevance").Value;
        proposedNow.MatchScore.ShouldBe(earlier.MatchScore - MatchArithmetic.Points(10m, 0.5m, relevance) + MatchArithmetic.Points(10m, 0.6667m, relevance));

        var opportunities = await (await _api.Client.GetAsync($"/api/v1/ikms/{ikm.Id}/opportunities?includeIneligible=true&limit=100"))
            .ShouldBeAsync<OpportunitiesDto>(HttpStatusCode.OK);
        var opportunity = opportunities.Items.Single(o => o.NeedId == later.Id);
        opportunity.Breakdown.Single(c => c.Criterion == "trackRecord").Value.ShouldBe(0.6667m);
        opportunity.Score.ShouldBe(proposedNow.MatchScore!.Value);
    }
}
