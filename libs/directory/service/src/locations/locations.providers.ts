import { FindEvseByStationMessageController } from './find-evse-by-station/find-evse-by-station.message.controller';
import { FindEvseByStationQueryHandler } from './find-evse-by-station/find-evse-by-station.query-handler';
import { GetLocationHttpController } from './admin/get-location/get-location.http.controller';
import { GetLocationMessageController } from './admin/get-location/get-location.message.controller';
import { GetLocationQueryHandler } from './admin/get-location/get-location.query-handler';
import { ListLocationsHttpController } from './admin/list-locations/list-locations.http.controller';
import { ListLocationsMessageController } from './admin/list-locations/list-locations.message.controller';
import { ListLocationsQueryHandler } from './admin/list-locations/list-locations.query-handler';
import { SaveEvseCommandHandler } from './admin/save-evse/save-evse.command-handler';
import { SaveEvseHttpController } from './admin/save-evse/save-evse.http.controller';
import { SaveEvseMessageController } from './admin/save-evse/save-evse.message.controller';
import { SaveLocationCommandHandler } from './admin/save-location/save-location.command-handler';
import { SaveLocationHttpController } from './admin/save-location/save-location.http.controller';
import { SaveLocationMessageController } from './admin/save-location/save-location.message.controller';
import { StationStatuses } from './admin/station-statuses';
import { LocationReadModel } from './location-read-model';
import { LocationsOcpiMessageController } from './ocpi/locations-ocpi.message.controller';
import { LocationPusher } from './push/location-pusher';
import { GetReceivedLocationQueryHandler } from './receiver/get-received-location/get-received-location.query-handler';
import { PushReceivedLocationCommandHandler } from './receiver/push-received-location/push-received-location.command-handler';
import { GetLocationObjectQueryHandler } from './sender/get-location-object/get-location-object.query-handler';
import { GetLocationsQueryHandler } from './sender/get-locations/get-locations.query-handler';
import { OcpiOutboundClient } from './shared/ocpi-outbound.client';
import { PartyRoles } from './shared/party-roles';
import { ProjectedAggregates } from './shared/projected-aggregate';
import { StationStatusFollower } from './station-status/station-status.follower';

/** The Locations module's pieces, registered by the directory module (shared helpers are used by the tokens module too). */
export const locationHttpControllers = [SaveLocationHttpController, SaveEvseHttpController, GetLocationHttpController, ListLocationsHttpController];

export const locationProviders = [
  ProjectedAggregates,
  OcpiOutboundClient,
  PartyRoles,
  LocationReadModel,
  StationStatuses,
  LocationPusher,
  StationStatusFollower,
  PushReceivedLocationCommandHandler,
  GetReceivedLocationQueryHandler,
  GetLocationsQueryHandler,
  GetLocationObjectQueryHandler,
  SaveLocationCommandHandler,
  SaveEvseCommandHandler,
  GetLocationQueryHandler,
  ListLocationsQueryHandler,
  FindEvseByStationQueryHandler,
  LocationsOcpiMessageController,
  SaveLocationMessageController,
  SaveEvseMessageController,
  GetLocationMessageController,
  ListLocationsMessageController,
  FindEvseByStationMessageController,
];
