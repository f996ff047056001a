using IkmMatch.Domain.Common;
using IkmMatch.Domain.Programmes;

namespace IkmMatch.Application.Reports;

/// <summary>What the development programmes did, all together and one by one (cancelled ones left out).</summary>
/// <param name="Programmes">Programmes counted.</param>
/// <param name="Budget">Their budgets, whole rupiah.</param>
/// <param name="Participants">IKM enrolled or completed, counted once per programme.</param>
/// <param name="Completed">Participants who completed.</param>
/// <param name="CertificatesObtained">Certificates obtained through the programmes.</param>
/// <param name="OpenNeedsUnlocked">Open needs (counted once per programme) participants are eligible for now and would not be without the certificates they obtained.</param>
/// <param name="PartnershipsAcceptedWithin12Months">Partnerships of completed participants accepted within 12 months of their programme's completion.</param>
/// <param name="BudgetPerCertificate">Budget ÷ certificates obtained, whole rupiah; null before the first.</param>
/// <param name="BudgetPerPartnership">Budget ÷ those partnerships, whole rupiah; null before the first.</param>
public sealed record ProgrammesReport(
    int Programmes,
    long Budget,
    int Participants,
    int Completed,
    int CertificatesObtained,
    int OpenNeedsUnlocked,
    int PartnershipsAcceptedWithin12Months,
    long? BudgetPerCertificate,
    long? BudgetPerPartnership,
    IReadOnlyList<ProgrammeImpact> Items);

/// <summary>The effect of one programme: its activity, the certificates and eligibility it brought, and the partnerships after it beside comparable IKM that did not take part.</summary>
/// <param name="Participants">IKM enrolled or completed.</param>
/// <param name="Completed">Participants who completed.</param>
/// <param name="CertificatesObtained">Certificates obtained, by type.</param>
/// <param name="OpenNeedsUnlocked">Open needs some participant is eligible for now and would not be without the certificate it obtained (the Domain scorer, both ways).</param>
/// <param name="OpenNeedsUnlockedBudget">Their budgets, whole rupiah.</param>
/// <param name="SixMonths">Partnerships within 6 months of completion; null until the programme is completed.</param>
/// <param name="TwelveMonths">Within 12 months.</param>
/// <param name="BudgetPerCertificate">Budget ÷ certificates obtained, whole rupiah; null when none.</param>
/// <param name="BudgetPerPartnership">Budget ÷ partnerships of participants accepted within 12 months, whole rupiah; null when none.</param>
/// <param name="Summary">The figures in a sentence, in the language of the answer.</param>
public sealed record ProgrammeImpact(
    Guid ProgrammeId,
    string Title,
    ProgrammeKind Kind,
    ProgrammeStatus Status,
    Guid? OrganiserIndustryId,
    long Budget,
    DateOnly StartDate,
    DateOnly EndDate,
    DateTimeOffset? CompletedAt,
    int Participants,
    int Completed,
    int CertificatesObtained,
    IReadOnlyDictionary<string, int> CertificatesByType,
    int OpenNeedsUnlocked,
    long OpenNeedsUnlockedBudget,
    ImpactWindow? SixMonths,
    ImpactWindow? TwelveMonths,
    long? BudgetPerCertificate,
    long? BudgetPerPartnership,
    Text Summary);

/// <summary>The partnerships of the participants who completed and of comparable IKM, from the programme's completion for some months.</summary>
/// <param name="Closed">Whether the window has passed (otherwise the figures are so far).</param>
/// <param name="Participants">The participants who completed the programme.</param>
/// <param name="Comparison">Active IKM that did not take part, each in the kecamatan of a participant who completed and sharing a KBLI division with it.</param>
public sealed record ImpactWindow(int Months, DateOnly From, DateOnly To, bool Closed, GroupOutcome Participants, GroupOutcome Comparison);

/// <summary>A group's partnerships in a window.</summary>
/// <param name="Ikm">IKM in the group.</param>
/// <param name="Proposed">Partnerships proposed to them in the window.</param>
/// <param name="Accepted">Partnerships they accepted in the window.</param>
/// <param name="Completed">Partnerships completed in the window.</param>
/// <param name="ContractValue">Contract value of the partnerships activated in the window, whole rupiah.</param>
/// <param name="Jobs">Jobs created by the partnerships completed in the window.</param>
/// <param name="IkmWithAcceptedPartnership">IKM of the group that accepted at least one.</param>
/// <param name="AcceptedPerIkm">Accepted ÷ IKM, to 3 decimals (0 for an empty group): what makes groups of different sizes comparable.</param>
public sealed record GroupOutcome(int Ikm, int Proposed, int Accepted, int Completed, long ContractValue, int Jobs, int IkmWithAcceptedPartnership, decimal AcceptedPerIkm);
