import { distanceInKm, formatGeoCoordinates, geoCoordinatesSchema, toLatitudeLongitude } from './geo';

describe('GeoCoordinates', () => {
  it.each([
    { Google: { Coordinates: '47.662249 9.360922' } },
    { Google: { Coordinates: '47.662249,9.360922' } },
    { Google: { Coordinates: '-33.8688, 151.2093' } },
    { DecimalDegree: { Latitude: '47.662249', Longitude: '9.360922' } },
    { DecimalDegree: { Latitude: '-21.568201', Longitude: '-179.5' } },
    { DegreeMinuteSeconds: { Latitude: `47°39'44.09''`, Longitude: `9°21'39.32''` } },
    { DegreeMinuteSeconds: { Latitude: `-21° 34' 23.16''`, Longitude: `9°21'39.32''` } },
  ])('should accept %j when it uses one notation', (coordinates) => {
    expect(geoCoordinatesSchema.safeParse(coordinates).success).toBe(true);
  });

  it.each<[object, string]>([
    [{}, 'no notation is given'],
    [
      { Google: { Coordinates: '47.6 9.3' }, DecimalDegree: { Latitude: '47.6', Longitude: '9.3' } },
      'two notations are given',
    ],
    [{ DecimalDegree: { Latitude: '47', Longitude: '9.3' } }, 'a value has no decimals'],
    [{ DecimalDegree: { Latitude: '147.662249', Longitude: '9.360922' } }, 'the latitude is beyond 90'],
    [{ DecimalDegree: { Latitude: '47.1', Longitude: '190.5' } }, 'the longitude is beyond 180'],
    [{ Google: { Coordinates: '147.662249 9.360922' } }, 'longitude and latitude are swapped'],
    [{ DegreeMinuteSeconds: { Latitude: `47°39'44''`, Longitude: `9°21'39.32''` } }, 'seconds have no decimals'],
  ])('should reject %j when %s', (coordinates) => {
    expect(geoCoordinatesSchema.safeParse(coordinates).success).toBe(false);
  });

  it('should read every notation as decimal degrees', () => {
    expect(toLatitudeLongitude({ Google: { Coordinates: '47.662249 9.360922' } })).toEqual({
      latitude: 47.662249,
      longitude: 9.360922,
    });
    expect(toLatitudeLongitude({ DecimalDegree: { Latitude: '-21.5', Longitude: '9.25' } })).toEqual({
      latitude: -21.5,
      longitude: 9.25,
    });
    const dms = toLatitudeLongitude({ DegreeMinuteSeconds: { Latitude: `-21°34'23.16''`, Longitude: `9°21'39.32''` } });
    expect(dms.latitude).toBeCloseTo(-21.5731, 4);
    expect(dms.longitude).toBeCloseTo(9.360922, 4);
  });

  it('should refuse to read coordinates that carry no notation', () => {
    expect(() => toLatitudeLongitude({})).toThrow(/no notation/);
  });

  it('should render a position in the notation a pull asks for, and read it back', () => {
    const position = { latitude: 53.54321, longitude: -9.98765 };
    for (const format of ['Google', 'DecimalDegree', 'DegreeMinuteSeconds'] as const) {
      const rendered = formatGeoCoordinates(position, format);
      expect(geoCoordinatesSchema.safeParse(rendered).success).toBe(true);
      const back = toLatitudeLongitude(rendered);
      expect(back.latitude).toBeCloseTo(position.latitude, 4);
      expect(back.longitude).toBeCloseTo(position.longitude, 4);
    }
  });

  it('should measure great-circle distances in km', () => {
    const hamburg = { latitude: 53.5511, longitude: 9.9937 };
    const berlin = { latitude: 52.52, longitude: 13.405 };
    expect(distanceInKm(hamburg, berlin)).toBeGreaterThan(250);
    expect(distanceInKm(hamburg, berlin)).toBeLessThan(260);
    expect(distanceInKm(hamburg, hamburg)).toBe(0);
  });
});
