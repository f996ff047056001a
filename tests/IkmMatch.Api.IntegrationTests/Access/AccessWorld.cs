using System.Net;
using IkmMatch.Api.IntegrationTests.Infrastructure;

namespace IkmMatch.Api.IntegrationTests.Access;

/// <summary>The callers of the access tests.</summary>
public enum Caller
{
    Anonymous,
    Admin,
    Integration,
    Industry,
    Ikm,
}

/// <summary>
/// Two IKM (A, B), two industries (X, Y), needs and partnerships on both sides, and a key for each role: the
/// <c>industry</c> key acts for X and the <c>ikm</c> key for A. Everything is made through the API by the bootstrap admin.
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();

    public PartnershipApi Admin { get; private set; } = null!;

    public IkmDto IkmA { get; private set; } = null!;

    public IkmDto IkmB { get; private set; } = null!;

    public IndustryDto IndustryX { get; private set; } = null!;

    public IndustryDto IndustryY { get; private set; } = null!;

    /// <summary>An open need of X.</summary>
    public NeedDto NeedX { get; private set; } = null!;

    /// <summary>A closed need of X.</summary>
    public NeedDto ClosedNeedX { get; private set; } = null!;

    /// <summary>An open need of Y.</summary>
    public NeedDto NeedY { get; private set; } = null!;

    /// <summary>X proposed to A from <see cref="NeedX"/>.</summary>
    public PartnershipDto PartnershipXA { get; private set; } = null!;

    /// <summary>Y and B, directly.</summary>
    public PartnershipDto PartnershipYB { get; private set; } = null!;

    public string IntegrationKey { get; private set; } = string.Empty;

    public string IndustryXKey { get; private set; } = string.Empty;

    public string IkmAKey { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        // Webhook routes subscribe a loopback URL; nothing is sent in this world.
        Factory.Settings["Webhooks:AllowPrivateTargets"] = "true";
        Factory.Settings["Webhooks:DeliveryEnabled"] = "false";
        await Factory.InitializeAsync();
        Admin = new PartnershipApi(Factory.CreateClient());
        IkmA = await Admin.CreateIkmAsync(TestData.Ikm(name: "CV Akses Satu"));
        IkmB = await Admin.CreateIkmAsync(TestData.Ikm(name: "CV Akses Dua"));
        IndustryX = await Admin.CreateIndustryAsync("Citangkil");
        IndustryY = await Admin.CreateIndustryAsync("Ciwandan");
        NeedX = await Admin.CreateNeedAsync(IndustryX.Id);
        ClosedNeedX = await Admin.CreateNeedAsync(IndustryX.Id);
        (await Admin.Client.PostAsync($"/api/v1/needs/{ClosedNeedX.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        NeedY = await Admin.CreateNeedAsync(IndustryY.Id);
        PartnershipXA = await Admin.ProposeAsync(PartnershipTestData.Proposal(IkmA.Id, needId: NeedX.Id));
        PartnershipYB = await Admin.ProposeAsync(PartnershipTestData.Proposal(IkmB.Id, industryId: IndustryY.Id));
        IntegrationKey = await IssueKeyAsync("sistem-oss", "integration");
        IndustryXKey = await IssueKeyAsync("portal-industri-x", "industry", industryId: IndustryX.Id);
        IkmAKey = await IssueKeyAsync("portal-ikm-a", "ikm", ikmId: IkmA.Id);
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A client calling as <paramref name="caller"/>.</summary>
    public HttpClient Client(Caller caller) => caller switch
    {
        Caller.Anonymous => Factory.CreateAnonymousClient(),
        Caller.Admin => Factory.CreateClient(),
        Caller.Integration => Factory.CreateClient(IntegrationKey),
        Caller.Industry => Factory.CreateClient(IndustryXKey),
        Caller.Ikm => Factory.CreateClient(IkmAKey),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    public async Task<string> IssueKeyAsync(string name, string role, Guid? ikmId = null, Guid? industryId = null) =>
        (await AuthTestKeys.IssueAsync(Admin.Client, role, ikmId, industryId, name)).Key;

    /// <summary>A new direct partnership of X and A, brought to <paramref name="status"/> by the admin.</summary>
    public async Task<PartnershipDto> PartnershipOfXAndAAsync(string status)
    {
        await EndDirectPartnershipsOfXAndAAsync();
        var partnership = await Admin.ProposeAsync(PartnershipTestData.Proposal(IkmA.Id, industryId: IndustryX.Id));
        foreach (var action in PartnershipTestData.PathTo(status))
        {
            partnership = await Admin.MoveAsync(partnership.Id, action);
        }

        return partnership;
    }

    /// <summary>A new programme run by X, brought to <paramref name="status"/> by the admin, with A enrolled when <paramref name="enrolA"/>.</summary>
    public async Task<ProgrammeDto> ProgrammeOfXAsync(string status, bool enrolA = false)
    {
        var programmes = new ProgrammeApi(Admin.Client);
        var programme = await programmes.CreateAsync(ProgrammeTestData.Programme(organiserIndustryId: IndustryX.Id));
        string[] path = status switch
        {
            "Planned" => [],
            "OpenForEnrolment" => ["open"],
            "Running" => ["open", "start"],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var action in path)
        {
            if (action == "start" && enrolA)
            {
                (await programmes.EnrolAsync(programme.Id, IkmA.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
            }

            programme = await programmes.MoveAsync(programme.Id, action);
        }

        if (enrolA && status == "OpenForEnrolment")
        {
            (await programmes.EnrolAsync(programme.Id, IkmA.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return programme;
    }

    /// <summary>Ends the running direct partnership of X and A, if there is one: there may be only one at a time.</summary>
    public async Task EndDirectPartnershipsOfXAndAAsync()
    {
        var listed = await Admin.ListAsync($"ikmId={IkmA.Id}&industryId={IndustryX.Id}&pageSize=100");
        foreach (var running in listed.Items.Where(p => p.NeedId is null && p.Status is "Proposed" or "Accepted" or "Active"))
        {
            var action = running.Status == "Active" ? "terminate" : "withdraw";
            await Admin.MoveAsync(running.Id, action, PartnershipTestData.ValidBody(action));
        }
    }
}
