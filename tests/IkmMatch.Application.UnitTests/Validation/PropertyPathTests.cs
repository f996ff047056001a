using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.UnitTests.Validation;

public sealed class PropertyPathTests
{
    [Theory]
    [InlineData("Body.Capabilities[0].Kbli", "capabilities[0].kbli")]
    [InlineData("Body.Nib", "nib")]
    [InlineData("Body", "$")]
    [InlineData("", "$")]
    [InlineData("PageSize", "pageSize")]
    [InlineData("Body.Certifications[12].TkdnPercent", "certifications[12].tkdnPercent")]
    public void ToWire_FluentValidationPath_BecomesCamelCaseWirePath(string path, string expected) =>
        PropertyPath.ToWire(path).ShouldBe(expected);
}
