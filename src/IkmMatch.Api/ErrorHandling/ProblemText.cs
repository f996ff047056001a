using IkmMatch.Application.Common.Localization;
using IkmMatch.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace IkmMatch.Api.ErrorHandling;

/// <summary>The words of problems in the caller's language; <c>type</c>, <c>status</c>, field paths and extensions never change.</summary>
internal static class ProblemText
{
    /// <summary>
    /// Says the title in the current language: titles are written in English where problems are built (and by the
    /// framework), and looked up here, in one place, under <c>title.&lt;english title in lower case&gt;</c>.
    /// </summary>
    public static void LocalizeTitle(ProblemDetails problem)
    {
        if (problem.Title is { } title
            && TextCatalog.Templates(CurrentLanguage.Value).TryGetValue("title." + title.ToLowerInvariant(), out var localized))
        {
            problem.Title = localized;
        }
    }

    /// <summary>A validation error message in the current language.</summary>
    public static string Say(string key, params object[] args) => new Text(key, args).Say();
}
