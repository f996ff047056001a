using FluentValidation;
using IkmMatch.Application.Common.Localization;
using IkmMatch.Application.Common.Validation;

namespace IkmMatch.Application.UnitTests.Localization;

/// <summary>FluentValidation's own messages and IkmMatch's come from the catalogues, in the language of the work in progress.</summary>
public sealed class ValidationTextsTests
{
    public ValidationTextsTests() => ValidationTexts.UseCatalogues();

    [Fact]
    public void BuiltInMessages_AreSaidInTheCurrentLanguage()
    {
        var validator = new InlineValidator<Sample>();
        validator.RuleFor(x => x.Name).NotEmpty();
        validator.RuleFor(x => x.Count).InclusiveBetween(1, 10);

        var sample = new Sample(string.Empty, 11);
        string[] indonesian, english;
        using (CurrentLanguage.Use(Language.Id))
        {
            indonesian = [.. validator.Validate(sample).Errors.Select(e => e.ErrorMessage)];
        }

        using (CurrentLanguage.Use(Language.En))
        {
            english = [.. validator.Validate(sample).Errors.Select(e => e.ErrorMessage)];
        }

        indonesian.ShouldBe(["'Name' tidak boleh kosong.", "'Count' harus antara 1 dan 10."]);
        english.ShouldBe(["'Name' must not be empty.", "'Count' must be between 1 and 10."]);
    }

    [Fact]
    public void IkmMatchMessages_AreSaidInTheCurrentLanguage_WithFluentValidationsPlaceholdersFilled()
    {
        var validator = new InlineValidator<Sample>();
        validator.RuleFor(x => x.Name).RequiredText(5);

        using (CurrentLanguage.Use(Language.Id))
        {
            validator.Validate(new Sample("terlalu panjang", 1)).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("'Name' paling banyak 5 karakter.");
        }

        using (CurrentLanguage.Use(Language.En))
        {
            validator.Validate(new Sample(string.Empty, 1)).Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("'Name' is required.");
        }
    }

    public sealed record Sample(string Name, int Count);
}
