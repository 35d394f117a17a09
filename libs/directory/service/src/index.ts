export * from './directory.config';
export * from './directory.module';
export * from './directory.service';
export * from './parties/projections/parties.projection';
export * from './platforms/projections/remote-platforms.projection';
export * from './routing/projections/remote-parties.projection';
