using IkmMatch.Api.ErrorHandling;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Api.Endpoints;

/// <summary>A <c>kecamatan</c> filter: the name (<c>Ciwandan</c>, any case) or the Kemendagri code (<c>36.72.04</c>).</summary>
internal static class KecamatanQuery
{
    public const string Description =
        "A kecamatan of Kota Cilegon (36.72) by name or by Kemendagri code: Cibeber 36.72.01, Cilegon 36.72.02, Pulomerak 36.72.03, "
        + "Ciwandan 36.72.04, Jombang 36.72.05, Grogol 36.72.06, Purwakarta 36.72.07, Citangkil 36.72.08; or Outside.";

    /// <summary>The kecamatan named by <paramref name="value"/>; null when absent; a 400 naming the parameter when it names none.</summary>
    public static Kecamatan? Parse(string? value, string name = "kecamatan")
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (RegionCodes.TryParseKecamatan(value, out var kecamatan))
        {
            return kecamatan;
        }

        var codes = string.Join(", ", Enum.GetValues<Kecamatan>().Select(k => k.Code()).OfType<string>());
        throw new ValidationException(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [name] = [ProblemText.Say("validation.query.kecamatan", value, name, string.Join(", ", Enum.GetNames<Kecamatan>()), codes)],
        });
    }
}
