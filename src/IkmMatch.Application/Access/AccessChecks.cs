using IkmMatch.Application.Common.Abstractions;
using IkmMatch.Application.Common.Exceptions;
using IkmMatch.Domain.Access;
using IkmMatch.Domain.Common;

namespace IkmMatch.Application.Access;

/// <summary>The checks of <see cref="AccessMatrix"/>: by role before a use case runs, and on the record inside it.</summary>
public static class AccessChecks
{
    /// <summary>The record check the running use case owes (see <see cref="ExpectRecordCheck"/>); null when it owes none.</summary>
    private static readonly AsyncLocal<RecordCheck?> Owed = new();

    /// <summary>
    /// Called by the pipeline before a use case whose grant is <see cref="Grant.Own"/> or <see cref="Grant.Open"/>: the
    /// returned check is done once the use case has asked these checks about its records (<see cref="DemandOn"/>,
    /// <see cref="OwnListScope"/>, or <see cref="Demand"/> to scope a list). A use case that answers without is refused,
    /// so that a forgotten ownership check fails every test that calls it as an IKM or industry.
    /// </summary>
    public static RecordCheck ExpectRecordCheck(Operation operation)
    {
        var check = new RecordCheck(operation);
        Owed.Value = check;
        return check;
    }

    /// <summary>The caller's grant for the operation; a 403 when it is <see cref="Grant.None"/>.</summary>
    public static Grant Demand(this ICurrentActor actor, Operation operation)
    {
        MarkChecked(operation);
        if (actor.Role is not { } role)
        {
            throw new ForbiddenException(new Text("problem.noRole"));
        }

        var grant = AccessMatrix.For(role, operation);
        return grant == Grant.None
            ? throw new ForbiddenException(new Text("problem.roleMayNot", RoleNames.ToWire(role), operation.ToString()))
            : grant;
    }

    /// <summary>
    /// The operation on a record of <paramref name="ikmId"/> and/or <paramref name="industryId"/> (a need's buyer, a
    /// partnership's two sides); <paramref name="open"/> says whether the record is open to the caller (an open need; a
    /// programme open for enrolment or that the IKM takes part in), <paramref name="notOpen"/> what a caller who sees open
    /// records only is told otherwise.
    /// </summary>
    public static void DemandOn(
        this ICurrentActor actor, Operation operation, Guid? ikmId = null, Guid? industryId = null, bool open = false, Text? notOpen = null)
    {
        MarkChecked(operation);
        switch (actor.Demand(operation))
        {
            case Grant.All:
            case Grant.Open when open:
            case Grant.Own when actor.Owns(ikmId, industryId):
                return;
            case Grant.Open:
                throw new ForbiddenException(notOpen ?? new Text("problem.seesOpenNeedsOnly", RoleNames.ToWire(actor.Role!.Value)));
            default:
                throw new ForbiddenException(NotYours(actor, operation));
        }
    }

    /// <summary>Whether the record of <paramref name="ikmId"/> / <paramref name="industryId"/> is the caller's own.</summary>
    public static bool Owns(this ICurrentActor actor, Guid? ikmId, Guid? industryId) => actor.Role switch
    {
        Role.Ikm => ikmId is not null && ikmId == actor.IkmId,
        Role.Industry => industryId is not null && industryId == actor.IndustryId,
        _ => false,
    };

    /// <summary>
    /// For a list with an <see cref="Grant.Own"/> grant: a filter on another IKM or industry is a 403; otherwise the
    /// filter the list must apply (the caller's own IKM or industry).
    /// </summary>
    public static (Guid? IkmId, Guid? IndustryId) OwnListScope(this ICurrentActor actor, Operation operation, Guid? requestedIkmId, Guid? requestedIndustryId)
    {
        MarkChecked(operation);
        var (ikmId, industryId) = actor.Role switch
        {
            Role.Ikm => (actor.IkmId, requestedIndustryId),
            Role.Industry => (requestedIkmId, actor.IndustryId),
            _ => (requestedIkmId, requestedIndustryId),
        };
        if ((requestedIkmId is not null && requestedIkmId != ikmId) || (requestedIndustryId is not null && requestedIndustryId != industryId))
        {
            throw new ForbiddenException(NotYours(actor, operation));
        }

        return (ikmId, industryId);
    }

    private static void MarkChecked(Operation operation)
    {
        if (Owed.Value is { } check && check.Operation == operation)
        {
            check.Done = true;
        }
    }

    private static Text NotYours(ICurrentActor actor, Operation operation) => actor.Role switch
    {
        Role.Ikm => new Text("problem.notYours.ikm", actor.IkmId.ToString()!, operation.ToString()),
        Role.Industry => new Text("problem.notYours.industry", actor.IndustryId.ToString()!, operation.ToString()),
        _ => new Text("problem.notYours", operation.ToString()),
    };
}

/// <summary>Whether a use case has checked its records for the caller, as its grant requires.</summary>
public sealed class RecordCheck(Operation operation)
{
    public Operation Operation { get; } = operation;

    public bool Done { get; internal set; }
}

/// <summary>The wire names of roles: lower-case.</summary>
public static class RoleNames
{
    public static string ToWire(Role role) => role.ToString().ToLowerInvariant();

    public static Role? FromWire(string? value) => value switch
    {
        "admin" => Role.Admin,
        "integration" => Role.Integration,
        "industry" => Role.Industry,
        "ikm" => Role.Ikm,
        _ => null,
    };
}
