using IkmMatch.Application.Common.Validation;
using IkmMatch.Application.Ikms;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.UnitTests.Validation;

public sealed class IkmRequestValidatorTests
{
    private static readonly IkmRequestValidator Validator = new();

    private static IkmRequest Valid() => new()
    {
        Nib = "9120001234567",
        Name = "CV Baja Las Mandiri",
        Email = "siti@contoh.id",
        Phone = "+62 812 1111 2222",
        Kecamatan = Kecamatan.Ciwandan,
        Workforce = 12,
        Capabilities = [new CapabilityRequest { Kbli = "25111", Name = "Fabrikasi", MonthlyCapacity = 20, Unit = CapacityUnit.Ton }],
        Certifications = [new CertificationRequest { Type = CertificationType.TKDN, TkdnPercent = 40 }],
    };

    private static List<string> ErrorsOf(IkmRequest request) =>
        [.. Validator.Validate(request).Errors.Select(e => PropertyPath.ToWire(e.PropertyName))];

    [Fact]
    public void Validate_ValidRequest_HasNoErrors() => ErrorsOf(Valid()).ShouldBeEmpty();

    [Theory]
    [InlineData("912000123456")]
    [InlineData("91200012345678")]
    [InlineData("912000123456x")]
    [InlineData(" 912000123456")]
    [InlineData("")]
    public void Validate_NibNotThirteenDigits_IsAnError(string nib) =>
        ErrorsOf(Valid() with { Nib = nib }).ShouldContain("nib");

    [Theory]
    [InlineData("2511")]
    [InlineData("251111")]
    [InlineData("2511a")]
    public void Validate_KbliNotFiveDigits_IsAnErrorOnThatCapability(string kbli)
    {
        var request = Valid() with { Capabilities = [Valid().Capabilities[0], Valid().Capabilities[0] with { Kbli = kbli }] };

        ErrorsOf(request).ShouldBe(["capabilities[1].kbli"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_CapacityNotPositive_IsAnError(decimal capacity) =>
        ErrorsOf(Valid() with { Capabilities = [Valid().Capabilities[0] with { MonthlyCapacity = capacity }] })
            .ShouldBe(["capabilities[0].monthlyCapacity"]);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Validate_TkdnOutOfRange_IsAnError(decimal percent) =>
        ErrorsOf(Valid() with { Certifications = [new CertificationRequest { Type = CertificationType.TKDN, TkdnPercent = percent }] })
            .ShouldBe(["certifications[0].tkdnPercent"]);

    [Fact]
    public void Validate_TkdnWithoutPercent_OrPercentOnAnotherType_IsAnError()
    {
        ErrorsOf(Valid() with { Certifications = [new CertificationRequest { Type = CertificationType.TKDN }] })
            .ShouldBe(["certifications[0].tkdnPercent"]);
        ErrorsOf(Valid() with { Certifications = [new CertificationRequest { Type = CertificationType.SNI, TkdnPercent = 10 }] })
            .ShouldBe(["certifications[0].tkdnPercent"]);
    }

    [Fact]
    public void Validate_UndefinedEnumValues_AreErrors()
    {
        var request = Valid() with
        {
            Kecamatan = (Kecamatan)42,
            Capabilities = [Valid().Capabilities[0] with { Unit = (CapacityUnit)99 }],
            Certifications = [new CertificationRequest { Type = (CertificationType)77 }],
        };

        ErrorsOf(request).ShouldBe(["kecamatan", "capabilities[0].unit", "certifications[0].type"], ignoreOrder: true);
    }

    [Fact]
    public void Validate_BoundsOnLengthsAndCounts_AreErrors()
    {
        var request = Valid() with
        {
            Name = new string('a', 201),
            Address = new string('a', 501),
            Workforce = -1,
            Capabilities = [.. Enumerable.Repeat(Valid().Capabilities[0] with { Description = new string('d', 2001) }, 51)],
        };

        var errors = ErrorsOf(request);

        errors.ShouldContain("name");
        errors.ShouldContain("address");
        errors.ShouldContain("workforce");
        errors.ShouldContain("capabilities");
        errors.ShouldContain("capabilities[50].description");
    }

    [Theory]
    [InlineData("siti@contoh.id", true)]
    [InlineData("siti", false)]
    [InlineData("siti@", false)]
    public void Validate_Email_FollowsAddressFormat(string email, bool valid) =>
        ErrorsOf(Valid() with { Email = email }).Contains("email").ShouldBe(!valid);

    [Theory]
    [InlineData("+62 812 1111 2222", true)]
    [InlineData("(0254) 391-000", true)]
    [InlineData("0812.1111.2222", true)]
    [InlineData("call me", false)]
    [InlineData("+62 812 1111 2222 ext", false)]
    [InlineData("++62", false)]
    public void Validate_Phone_FollowsPhoneFormat(string phone, bool valid) =>
        ErrorsOf(Valid() with { Phone = phone }).Contains("phone").ShouldBe(!valid);
}
