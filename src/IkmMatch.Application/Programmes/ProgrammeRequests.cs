using IkmMatch.Application.Ikms;
using IkmMatch.Domain.Programmes;
using IkmMatch.Domain.Registry;

namespace IkmMatch.Application.Programmes;

/// <summary>The body of <c>POST /api/v1/programmes</c> and <c>PUT /api/v1/programmes/{id}</c>.</summary>
public sealed record ProgrammeRequest
{
    public required ProgrammeKind Kind { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The industry that runs it (within a partnership); leave out when Disperindag runs it. An industry caller names itself.</summary>
    public Guid? OrganiserIndustryId { get; init; }

    public required DateOnly StartDate { get; init; }

    /// <summary>On or after <see cref="StartDate"/>.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>How many IKM it takes, 1–1000.</summary>
    public required int Seats { get; init; }

    /// <summary>Budget in whole rupiah, 0 or more.</summary>
    public required long Budget { get; init; }

    /// <summary>The certificates it helps obtain. Give these, KBLI divisions or topics (at least one of them).</summary>
    public IReadOnlyList<CertificationType> Certifications { get; init; } = [];

    /// <summary>The KBLI divisions (2 digits) of the IKM it is for.</summary>
    public IReadOnlyList<string> KbliDivisions { get; init; } = [];

    /// <summary>What it covers, a few words each.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public ProgrammeDetails ToDetails() => new(
        Kind, Title.Trim(), Description?.Trim(), StartDate, EndDate, Seats, Budget, Certifications, KbliDivisions, [.. Topics.Select(t => t.Trim())]);
}

/// <summary>Body of <c>open</c>, <c>start</c> and <c>complete</c> (optional).</summary>
public sealed record ProgrammeStepRequest
{
    public string? Note { get; init; }
}

/// <summary>Body of <c>cancel</c>.</summary>
public sealed record CancelProgrammeRequest
{
    public required string Reason { get; init; }
}

/// <summary>Body of <c>POST /api/v1/programmes/{id}/enrolments</c>: the IKM to enrol (an IKM caller names itself: it applies).</summary>
public sealed record EnrolmentRequest
{
    public required Guid IkmId { get; init; }
}

/// <summary>Body of <c>attendance</c>.</summary>
public sealed record AttendanceRequest
{
    /// <summary>Share of the sessions attended, 0–100.</summary>
    public required int AttendancePercent { get; init; }
}

/// <summary>Body of an enrolment's <c>complete</c>: the outcome, each part optional.</summary>
public sealed record EnrolmentOutcomeRequest
{
    /// <summary>The certificate obtained: it enters the IKM's certificates as its claim until Disperindag verifies it.</summary>
    public CertificationRequest? Certificate { get; init; }

    /// <summary>The IKM's workforce after the programme, 0 or more.</summary>
    public int? WorkforceAfter { get; init; }

    public string? Note { get; init; }
}

/// <summary>Body of an enrolment's <c>withdraw</c> (optional).</summary>
public sealed record WithdrawEnrolmentRequest
{
    public string? Reason { get; init; }
}
