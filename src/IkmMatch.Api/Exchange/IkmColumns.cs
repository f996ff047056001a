namespace IkmMatch.Api.Exchange;

/// <summary>
/// The columns of the IKM CSV (export and import), named as the JSON fields are. <c>capabilities</c> and
/// <c>certifications</c> hold a JSON array each, written as in the JSON body. The import reads <see cref="Profile"/>;
/// it accepts and ignores <see cref="RecordOnly"/>, which describe the record rather than state the profile, so that
/// an export can be imported again.
/// </summary>
internal static class IkmColumns
{
    public static readonly string[] Profile =
        ["nib", "name", "ownerName", "email", "phone", "address", "kecamatan", "workforce", "capabilities", "certifications"];

    public static readonly string[] RecordOnly =
        ["id", "kecamatanCode", "verified", "verifiedAt", "verifiedBy", "status", "createdAt", "updatedAt", "createdBy", "updatedBy"];

    /// <summary>The fields of a certificate that Disperindag sets; an import ignores them.</summary>
    public static readonly string[] CertificationRecordOnly = ["verified", "verifiedAt", "verifiedBy"];

    /// <summary>The columns of the export, in order.</summary>
    public static readonly string[] Export =
    [
        "id", "nib", "name", "ownerName", "email", "phone", "address", "kecamatan", "kecamatanCode", "workforce",
        "capabilities", "certifications", "verified", "verifiedAt", "verifiedBy", "status", "createdAt", "updatedAt", "createdBy", "updatedBy",
    ];

    /// <summary>The columns an import must have.</summary>
    public static readonly string[] Required = ["nib", "name", "kecamatan", "workforce"];
}
