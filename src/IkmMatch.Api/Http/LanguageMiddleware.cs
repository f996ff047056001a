using IkmMatch.Application.Common.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IkmMatch.Api.Http;

/// <summary>Where the language of the answers is configured (<c>Localization:DefaultLanguage</c>, <c>id</c> or <c>en</c>).</summary>
public sealed class LocalizationOptions
{
    public const string Section = "Localization";

    /// <summary>The language of the answers when <c>Accept-Language</c> names neither <c>id</c> nor <c>en</c>; <c>id</c> for Disperindag.</summary>
    public string DefaultLanguage { get; set; } = "id";

    public Language Default => Languages.FromTag(DefaultLanguage)
        ?? throw new InvalidOperationException($"Localization:DefaultLanguage must be 'id' or 'en', not '{DefaultLanguage}'.");
}

/// <summary>
/// Chooses the language of the answer from <c>Accept-Language</c> (the highest-quality tag IkmMatch speaks: <c>id</c>,
/// <c>id-ID</c>, <c>en</c>, <c>en-US</c>, …; otherwise the configured default), says everything of the request in it
/// (<see cref="CurrentLanguage"/>), and tells caches and clients: <c>Content-Language</c> and <c>Vary: Accept-Language</c>
/// on every answer, problems included. Data fields, codes and enum values never change with the language.
/// </summary>
internal sealed class LanguageMiddleware(RequestDelegate next, IOptions<LocalizationOptions> options)
{
    private readonly Language _default = options.Value.Default;

    public async Task InvokeAsync(HttpContext context)
    {
        var language = Choose(context.Request, _default);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentLanguage = language.Tag();
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return Task.CompletedTask;
        });
        using (CurrentLanguage.Use(language))
        {
            await next(context);
        }
    }

    /// <summary>The language of the best-quality tag the caller accepts that IkmMatch speaks; <c>*</c> or none: the default.</summary>
    public static Language Choose(HttpRequest request, Language fallback)
    {
        IList<StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return fallback; // an unreadable header is no reason to refuse the request
        }

        Language? best = null;
        var bestQuality = 0.0;
        foreach (var tag in accepted)
        {
            var quality = tag.Quality ?? 1.0;
            if (quality <= bestQuality || tag.Value.Value is not { } value)
            {
                continue;
            }

            var language = value == "*" ? fallback : Languages.FromTag(value);
            if (language is not null)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best ?? fallback;
    }
}
