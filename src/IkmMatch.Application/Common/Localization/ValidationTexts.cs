using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Common.Localization;

/// <summary>Validation messages in the caller's language: FluentValidation's own, and IkmMatch's.</summary>
public static class ValidationTexts
{
    /// <summary>The catalogue key of FluentValidation's own message <paramref name="validatorKey"/> (<c>NotEmptyValidator</c>, …).</summary>
    public static string KeyOf(string validatorKey) => "validation.builtIn." + validatorKey;

    /// <summary>Says the rule's message in the language of the request that is validated (its template may still name <c>{PropertyName}</c>).</summary>
    public static IRuleBuilderOptions<T, TProperty> Say<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key, params object[] args) =>
        rule.WithMessage(_ => new Text(key, args).Say());

    /// <summary>Makes FluentValidation read its own messages from IkmMatch's catalogues, in the current language.</summary>
    public static void UseCatalogues() => ValidatorOptions.Global.LanguageManager = new CatalogueLanguageManager();

    private sealed class CatalogueLanguageManager : LanguageManager
    {
        public override string GetString(string key, CultureInfo? culture = null) =>
            TextCatalog.Template(KeyOf(key), CurrentLanguage.Value) ?? base.GetString(key, CultureInfo.InvariantCulture);
    }
}
