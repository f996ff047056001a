using IkmMatch.Domain.Common;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Domain.UnitTests.Registry;

public sealed class IkmTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static IkmProfile Profile(string name = "CV Baja") => new(
        "9120001234567", name, "Siti", null, null, null, Kecamatan.Ciwandan, 12,
        [new CapabilityData("25111", "Fabrikasi", null, 20, CapacityUnit.Ton), new CapabilityData("25920", "Bubut", null, 300, CapacityUnit.Hour)],
        [new CertificationData(CertificationType.ISO9001, "Q-1", "LSPro", new DateOnly(2027, 12, 31), null)]);

    [Fact]
    public void Register_SetsActiveVersionOneAndKeepsOrder()
    {
        var ikm = Ikm.Register(Profile(), T0);

        ikm.Status.ShouldBe(RecordStatus.Active);
        ikm.Version.ShouldBe(1);
        ikm.CreatedAt.ShouldBe(T0);
        ikm.Capabilities.Select(c => (c.Kbli, c.Ordinal)).ShouldBe([("25111", 0), ("25920", 1)]);
        ikm.Capabilities.ShouldAllBe(c => c.IkmId == ikm.Id);
    }

    [Fact]
    public void Update_ReplacesChildrenAndBumpsVersion()
    {
        var ikm = Ikm.Register(Profile(), T0);

        ikm.Update(Profile("CV Baja Jaya") with { Capabilities = [], Certifications = [] }, IkmEditor.Registry, T0.AddHours(1));

        ikm.Name.ShouldBe("CV Baja Jaya");
        ikm.Capabilities.ShouldBeEmpty();
        ikm.Certifications.ShouldBeEmpty();
        ikm.Version.ShouldBe(2);
        ikm.UpdatedAt.ShouldBe(T0.AddHours(1));
        ikm.CreatedAt.ShouldBe(T0);
    }

    [Fact]
    public void Verify_Twice_KeepsFirstTimeAndVersion()
    {
        var ikm = Ikm.Register(Profile(), T0);

        ikm.Verify(T0.AddDays(1), "officer");
        ikm.Verify(T0.AddDays(2), "officer");

        ikm.Verified.ShouldBeTrue();
        ikm.VerifiedAt.ShouldBe(T0.AddDays(1));
        ikm.Version.ShouldBe(2);
    }

    [Fact]
    public void Archive_ThenEditOrVerify_IsRefused()
    {
        var ikm = Ikm.Register(Profile(), T0);

        ikm.Archive(T0.AddDays(1));
        ikm.Archive(T0.AddDays(2));

        ikm.Status.ShouldBe(RecordStatus.Archived);
        ikm.Version.ShouldBe(2);
        Should.Throw<DomainRuleException>(() => ikm.Update(Profile(), IkmEditor.Registry, T0.AddDays(3)));
        Should.Throw<DomainRuleException>(() => ikm.Verify(T0.AddDays(3), "officer"));
    }

    [Theory]
    [InlineData("2027-03-01", "2027-03-01", true)]
    [InlineData("2027-02-28", "2027-03-01", false)]
    [InlineData(null, "2099-01-01", true)]
    public void Certification_IsValidOn_CountsTheLastDayAndNoExpiry(string? validUntil, string on, bool expected)
    {
        var ikm = Ikm.Register(Profile() with
        {
            Certifications = [new CertificationData(CertificationType.SNI, null, null, validUntil is null ? null : DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture), null)],
        }, T0);

        ikm.Certifications[0].IsValidOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }
}
