using FluentValidation;
using IkmMatch.Application.Common.Localization;

namespace IkmMatch.Application.Common.Validation;

/// <summary>Rules shared by every validator that takes registry data.</summary>
public static partial class RegistryRules
{
    public const int NameMaxLength = 200;
    public const int ShortTextMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int DescriptionMaxLength = 2000;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;

    /// <summary>The deepest offset a page may start at; past it, a list is searched with filters, not paged.</summary>
    public const int MaxOffset = 10_000_000;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{13}$")]
    private static partial System.Text.RegularExpressions.Regex NibPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{5}$")]
    private static partial System.Text.RegularExpressions.Regex KbliPattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{2,5}$")]
    private static partial System.Text.RegularExpressions.Regex KbliPrefixPattern();

    // An optional leading +, then digits with single spaces, dashes, dots or parentheses between them: "+62 812 1111 2222", "(0254) 391-000".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\+?\(?\d+\)?([ .\-]?\(?\d+\)?)*$")]
    private static partial System.Text.RegularExpressions.Regex PhonePattern();

    public static IRuleBuilderOptions<T, string> Nib<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Say("validation.nibRequired")
            .Matches(NibPattern()).Say("validation.nibDigits");

    public static IRuleBuilderOptions<T, string> Kbli<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Say("validation.kbliRequired")
            .Matches(KbliPattern()).Say("validation.kbliDigits");

    public static IRuleBuilderOptions<T, string?> KbliPrefix<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(KbliPrefixPattern()).Say("validation.kbliPrefix");

    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().Say("validation.required")
            .MaximumLength(maxLength).Say("validation.maxLength", maxLength)
            .Must(NoControlCharacters).Say("validation.controlCharacters");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).Say("validation.maxLength", maxLength)
            .Must(NoControlCharacters).Say("validation.controlCharacters");

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(EmailMaxLength).Say("validation.emailTooLong", EmailMaxLength)
            .Must(NoControlCharacters).Say("validation.controlCharacters")
            .EmailAddress().Say("validation.emailInvalid");

    /// <summary>A quantity with at most <paramref name="decimals"/> decimals: what the database keeps, so nothing is rounded away.</summary>
    public static IRuleBuilderOptions<T, decimal> Decimals<T>(this IRuleBuilder<T, decimal> rule, int decimals) =>
        rule.Must(value => HasAtMostDecimals(value, decimals)).Say("validation.decimals", decimals);

    public static IRuleBuilderOptions<T, decimal?> Decimals<T>(this IRuleBuilder<T, decimal?> rule, int decimals) =>
        rule.Must(value => value is null || HasAtMostDecimals(value.Value, decimals)).Say("validation.decimals", decimals);

    /// <summary>Text may hold tabs and line breaks, but no other control character (PostgreSQL refuses U+0000 outright).</summary>
    public static bool NoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    private static bool HasAtMostDecimals(decimal value, int decimals) => decimal.Round(value, decimals) == value;

    public static IRuleBuilderOptions<T, string?> Phone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(PhoneMaxLength).Say("validation.phoneTooLong", PhoneMaxLength)
            .Matches(PhonePattern()).Say("validation.phoneInvalid");

    public static IRuleBuilderOptions<T, TEnum> DefinedEnum<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => Enum.IsDefined(value))
            .Say("validation.oneOf", string.Join(", ", Enum.GetNames<TEnum>()));

    public static IRuleBuilderOptions<T, TEnum?> DefinedEnum<T, TEnum>(this IRuleBuilder<T, TEnum?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || Enum.IsDefined(value.Value))
            .Say("validation.oneOf", string.Join(", ", Enum.GetNames<TEnum>()));

    public static void Paging<T>(this AbstractValidator<T> validator)
        where T : Models.IPagedQuery
    {
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1).Say("validation.pageMin");
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, 100).Say("validation.pageSizeRange");
        validator.RuleFor(x => x.Page)
            .Must((query, page) => ((long)page - 1) * Math.Max(query.PageSize, 1) <= MaxOffset)
            .Say("validation.pageTooDeep", MaxOffset);
    }
}
