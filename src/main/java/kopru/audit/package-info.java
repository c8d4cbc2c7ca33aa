/** Who did what and when on the editorial side: logins, publishes, unpublishes, deletions, role changes. */
package kopru.audit;
