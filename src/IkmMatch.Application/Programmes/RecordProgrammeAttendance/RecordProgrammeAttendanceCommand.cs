using IkmMatch.Application.Access;
using IkmMatch.Application.Common.Models;
using Mediator;

namespace IkmMatch.Application.Programmes.RecordProgrammeAttendance;

/// <summary>Records the share of sessions a participant attended.</summary>
public sealed record RecordProgrammeAttendanceCommand(Guid Id, Guid IkmId, AttendanceRequest Body, Precondition Precondition) : ICommand<Versioned<EnrolmentResponse>>, IAuthorizedRequest
{
    public Operation Operation => Operation.RecordProgrammeAttendance;
}
