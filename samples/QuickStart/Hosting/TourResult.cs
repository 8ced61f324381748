using QuickStart.Tour;
using ZohoCrm.Emulator.Http.RequestLog;

namespace QuickStart.Hosting;

/// <summary>The steps of a finished tour and, on the emulator, every request its log saw (to check the tour's own metering).</summary>
public sealed record TourResult(IReadOnlyList<StepReport> Steps, IReadOnlyList<RequestLogEntry>? EmulatorRequests);
