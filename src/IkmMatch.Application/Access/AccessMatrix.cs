using IkmMatch.Domain.Access;
using static IkmMatch.Application.Access.Grant;

namespace IkmMatch.Application.Access;

/// <summary>
/// Who may do what: the one place the role × operation matrix is written. The authorization step of the pipeline
/// refuses a <see cref="Grant.None"/> before anything else runs; handlers enforce <see cref="Grant.Own"/> and
/// <see cref="Grant.Open"/> on the record itself (<see cref="AccessChecks"/>).
/// </summary>
public static class AccessMatrix
{
    private static readonly Dictionary<Operation, Row> Rows = new()
    {
        //                                             admin  integration  industry  ikm
        [Operation.CreateIkm] = new(All, All, None, None),
        [Operation.ListIkms] = new(All, All, All, Own),
        [Operation.GetIkm] = new(All, All, All, Own),
        [Operation.UpdateIkm] = new(All, All, None, Own),
        [Operation.ArchiveIkm] = new(All, None, None, None),
        [Operation.VerifyIkm] = new(All, None, None, None),
        [Operation.GetIkmOpportunities] = new(All, All, None, Own),
        [Operation.ListIkmAlerts] = new(All, All, None, Own),
        [Operation.ReadIkmAlert] = new(All, None, None, Own),
        [Operation.SyncIkm] = new(All, All, None, None),
        [Operation.ImportIkms] = new(All, All, None, None),
        [Operation.ExportIkms] = new(All, All, None, None),

        [Operation.CreateIndustry] = new(All, All, None, None),
        [Operation.ListIndustries] = new(All, All, Own, None),
        [Operation.GetIndustry] = new(All, All, Own, None),
        [Operation.UpdateIndustry] = new(All, All, Own, None),
        [Operation.ArchiveIndustry] = new(All, None, None, None),
        [Operation.SyncIndustry] = new(All, All, None, None),

        [Operation.CreateNeed] = new(All, None, Own, None),
        [Operation.ListNeeds] = new(All, All, Own, Open),
        [Operation.GetNeed] = new(All, All, Own, Open),
        [Operation.UpdateNeed] = new(All, None, Own, None),
        [Operation.CloseNeed] = new(All, None, Own, None),
        [Operation.CancelNeed] = new(All, None, Own, None),
        [Operation.GetNeedMatches] = new(All, All, Own, None),

        [Operation.ProposePartnership] = new(All, None, Own, None),
        [Operation.ListPartnerships] = new(All, All, Own, Own),
        [Operation.GetPartnership] = new(All, All, Own, Own),
        [Operation.AcceptPartnership] = new(All, None, None, Own),
        [Operation.RejectPartnership] = new(All, None, None, Own),
        [Operation.WithdrawPartnership] = new(All, None, Own, None),
        [Operation.ActivatePartnership] = new(All, None, Own, None),
        [Operation.CompletePartnership] = new(All, None, Own, None),
        [Operation.TerminatePartnership] = new(All, None, Own, None),

        [Operation.CreateProgramme] = new(All, None, Own, None),
        [Operation.ListProgrammes] = new(All, All, Own, Open),
        [Operation.GetProgramme] = new(All, All, Own, Open),
        [Operation.UpdateProgramme] = new(All, None, Own, None),
        [Operation.OpenProgramme] = new(All, None, Own, None),
        [Operation.StartProgramme] = new(All, None, Own, None),
        [Operation.CompleteProgramme] = new(All, None, Own, None),
        [Operation.CancelProgramme] = new(All, None, Own, None),
        [Operation.GetProgrammeCandidates] = new(All, All, Own, None),
        [Operation.EnrolInProgramme] = new(All, None, Own, Own),
        [Operation.ListProgrammeEnrolments] = new(All, All, Own, Own),
        [Operation.RecordProgrammeAttendance] = new(All, None, Own, None),
        [Operation.CompleteProgrammeEnrolment] = new(All, None, Own, None),
        [Operation.WithdrawProgrammeEnrolment] = new(All, None, Own, Own),
        [Operation.GetIkmUnlocks] = new(All, All, None, Own),

        [Operation.GetSummaryReport] = new(All, All, None, None),
        [Operation.GetCapabilityGapsReport] = new(All, All, None, None),
        [Operation.GetProgrammesReport] = new(All, All, None, None),
        [Operation.GetProgrammeReport] = new(All, All, None, None),

        [Operation.IssueApiKey] = new(All, None, None, None),
        [Operation.ListApiKeys] = new(All, None, None, None),
        [Operation.RevokeApiKey] = new(All, None, None, None),

        [Operation.ListChanges] = new(All, All, Own, Own),
        [Operation.ListOcdsReleases] = new(All, All, None, None),
        [Operation.GetOcdsRecord] = new(All, All, None, None),

        [Operation.CreateWebhook] = new(All, All, None, None),
        [Operation.ListWebhooks] = new(All, All, None, None),
        [Operation.GetWebhook] = new(All, All, None, None),
        [Operation.DeleteWebhook] = new(All, All, None, None),
        [Operation.RotateWebhookSecret] = new(All, All, None, None),
        [Operation.PingWebhook] = new(All, All, None, None),
        [Operation.ListWebhookDeliveries] = new(All, All, None, None),
        [Operation.RedeliverWebhook] = new(All, All, None, None),
    };

    /// <summary>What <paramref name="role"/> may do of <paramref name="operation"/>.</summary>
    public static Grant For(Role role, Operation operation) => Rows[operation].For(role);

    /// <summary>Every operation with its grant per role, in declaration order (for documentation and tests).</summary>
    public static IEnumerable<(Operation Operation, Grant Admin, Grant Integration, Grant Industry, Grant Ikm)> Table() =>
        Enum.GetValues<Operation>().Select(o => (o, Rows[o].Admin, Rows[o].Integration, Rows[o].Industry, Rows[o].Ikm));

    private sealed record Row(Grant Admin, Grant Integration, Grant Industry, Grant Ikm)
    {
        public Grant For(Role role) => role switch
        {
            Role.Admin => Admin,
            Role.Integration => Integration,
            Role.Industry => Industry,
            Role.Ikm => Ikm,
            _ => Grant.None,
        };
    }
}
