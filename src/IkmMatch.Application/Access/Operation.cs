namespace IkmMatch.Application.Access;

/// <summary>
/// Everything a caller can ask of IkmMatch: one value per API operation, named as the operation's <c>operationId</c>
/// in the OpenAPI document.
/// </summary>
public enum Operation
{
    CreateIkm,
    ListIkms,
    GetIkm,
    UpdateIkm,
    ArchiveIkm,
    VerifyIkm,
    GetIkmOpportunities,
    ListIkmAlerts,
    ReadIkmAlert,
    SyncIkm,
    ImportIkms,
    ExportIkms,
    CreateIndustry,
    ListIndustries,
    GetIndustry,
    UpdateIndustry,
    ArchiveIndustry,
    SyncIndustry,
    CreateNeed,
    ListNeeds,
    GetNeed,
    UpdateNeed,
    CloseNeed,
    CancelNeed,
    GetNeedMatches,
    ProposePartnership,
    ListPartnerships,
    GetPartnership,
    AcceptPartnership,
    RejectPartnership,
    WithdrawPartnership,
    ActivatePartnership,
    CompletePartnership,
    TerminatePartnership,
    CreateProgramme,
    ListProgrammes,
    GetProgramme,
    UpdateProgramme,
    OpenProgramme,
    StartProgramme,
    CompleteProgramme,
    CancelProgramme,
    GetProgrammeCandidates,
    EnrolInProgramme,
    ListProgrammeEnrolments,
    RecordProgrammeAttendance,
    CompleteProgrammeEnrolment,
    WithdrawProgrammeEnrolment,
    GetIkmUnlocks,
    GetSummaryReport,
    GetCapabilityGapsReport,
    GetProgrammesReport,
    GetProgrammeReport,
    IssueApiKey,
    ListApiKeys,
    RevokeApiKey,
    ListChanges,
    ListOcdsReleases,
    GetOcdsRecord,
    CreateWebhook,
    ListWebhooks,
    GetWebhook,
    DeleteWebhook,
    RotateWebhookSecret,
    PingWebhook,
    ListWebhookDeliveries,
    RedeliverWebhook,
}

/// <summary>How far a role may carry out an operation.</summary>
public enum Grant
{
    /// <summary>Not at all: 403.</summary>
    None,

    /// <summary>
    /// Only on the caller's own records: an <c>ikm</c> caller's IKM and its partnerships; an <c>industry</c> caller's
    /// industry, its needs and their partnerships. Lists show only those; anything else is a 403.
    /// </summary>
    Own,

    /// <summary>
    /// Only on open records, as IKM see the market: open needs (other needs are a 403, lists show open needs only), and
    /// programmes open for enrolment or that the IKM takes part in (lists show those that address its gaps).
    /// </summary>
    Open,

    /// <summary>On every record.</summary>
    All,
}

/// <summary>A use case that names the operation it carries out, so the authorization step can check it against the matrix.</summary>
public interface IAuthorizedRequest
{
    Operation Operation { get; }
}
