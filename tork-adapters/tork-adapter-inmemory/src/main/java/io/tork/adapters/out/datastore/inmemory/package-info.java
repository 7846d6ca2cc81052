/**
 * The in-process datastore of standalone mode, {@link io.tork.adapters.out.datastore.inmemory.InMemoryDatastore}:
 * one table class per kind of record, all guarded by one lock held by a unit of work that can roll every table
 * back. The tables are plain collections precisely because nothing reaches them without that lock.
 */
package io.tork.adapters.out.datastore.inmemory;
